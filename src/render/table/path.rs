//! `path` in the terminal: where the person stands, then for each next
//! level the skills it asks beyond the current one, each with the person's
//! rating, the required level and what that level means for the skill.

use crate::career::PathReport;
use crate::career::path::{Next, Place};
use crate::render::Layout;
use crate::render::wrap::wrap;
use crate::text::{one_line, plural};

/// `path` as text for a terminal `layout` wide.
#[must_use]
pub fn path(report: &PathReport, layout: Layout) -> String {
    let width = layout.width.saturating_sub(1);
    let mut lines = vec![
        format!(
            "Path for {}, {} assessment · newest {}",
            one_line(&report.person),
            report.assessor.label(),
            report.newest
        ),
        String::new(),
    ];
    lines.extend(wrap(
        &format!("Now: {}", place(&report.now)),
        width,
        "",
        "  ",
    ));
    if let Some(ready) = &report.ready_for {
        lines.extend(wrap(
            &format!("Already fully ready for: {}", place(ready)),
            width,
            "",
            "  ",
        ));
    }
    if report.next.is_empty() {
        lines.push(String::new());
        lines.push("No level above this one on its ladder.".to_owned());
    }
    for next in &report.next {
        lines.push(String::new());
        lines.extend(next_lines(next, &report.now.id, width, layout));
    }
    if let Some(attribution) = &report.attribution {
        lines.push(String::new());
        lines.extend(wrap(&one_line(attribution), width, "", ""));
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

fn place(place: &Place) -> String {
    let mut text = format!("{} ({})", one_line(&place.title), one_line(&place.id));
    if let Some(rank) = place.rank {
        text.push_str(&format!(", rank {rank}"));
        if let Some(track) = place.track {
            text.push_str(&format!(" {}", track.name()));
        }
    }
    // "100.0% ready (0 of 0 required)" would read as met.
    if place.required == 0 {
        text.push_str(" · requires no level of any item");
    } else {
        text.push_str(&format!(
            " · {:.1}% ready ({} of {} required)",
            place.readiness_percent, place.met, place.required
        ));
    }
    text
}

fn next_lines(next: &Next, now: &str, width: usize, layout: Layout) -> Vec<String> {
    let heading = match next.track {
        "to" => "Measured against".to_owned(),
        track => format!("Next on the {track} track"),
    };
    let mut lines: Vec<String> = wrap(
        &format!("{heading}: {}", place(&next.place)),
        width,
        "",
        "  ",
    )
    .iter()
    .map(|line| layout.paint.heading(line))
    .collect();
    if next.place.id == now {
        // Nothing is beyond the current level, however short of it the
        // person is: "asks no skill beyond" would read as nothing to do.
        lines.push(format!("  {}", crate::render::PATH_SAME_LEVEL));
    } else if next.steps.is_empty() {
        lines.push("  It asks no skill beyond what the current level asks.".to_owned());
        return lines;
    }
    lines.push(format!(
        "  {} new or required higher:",
        plural(next.steps.len(), "skill")
    ));
    for step in &next.steps {
        let now = step.now_required.as_deref().map_or_else(
            || "new".to_owned(),
            |now| format!("up from {}", one_line(now)),
        );
        let yours = match (&step.current, step.gap) {
            (None, _) => "not rated".to_owned(),
            (Some(current), 0) => format!("{}, met", one_line(current)),
            (Some(current), gap) => format!(
                "{}, {} short",
                one_line(current),
                plural(usize::from(gap), "step")
            ),
        };
        lines.extend(wrap(
            &format!(
                "• {}: needs {} ({now}); yours: {yours}",
                one_line(&step.title),
                one_line(&step.required)
            ),
            width,
            "  ",
            "    ",
        ));
        if let Some(means) = &step.means {
            lines.extend(wrap(
                &format!(
                    "At {} you can: {}",
                    one_line(&step.required),
                    flatten(means)
                ),
                width,
                "    ",
                "    ",
            ));
        }
        if !step.developed_by.is_empty() {
            lines.extend(wrap(
                &format!("Built by: {}", one_line(&step.developed_by.join("; "))),
                width,
                "    ",
                "    ",
            ));
        }
    }
    lines
}

/// A level text as one sentence: "You can:" and its points joined.
fn flatten(text: &str) -> String {
    let body = text.trim().strip_prefix("You can:").unwrap_or(text.trim());
    let points: Vec<&str> = body
        .lines()
        .map(|line| line.trim().trim_start_matches("- ").trim())
        .filter(|line| !line.is_empty())
        .collect();
    one_line(&points.join("; "))
}
