//! `path` as Markdown: the same parts as the terminal's.

use super::cell;
use crate::career::PathReport;
use crate::career::path::Place;

fn place(place: &Place) -> String {
    let mut text = format!("{} (`{}`)", cell(&place.title), cell(&place.id));
    if let Some(rank) = place.rank {
        text.push_str(&format!(", rank {rank}"));
        if let Some(track) = place.track {
            text.push_str(&format!(" {}", track.name()));
        }
    }
    if place.required == 0 {
        text.push_str(", requires no level of any item");
    } else {
        text.push_str(&format!(
            ", {:.1}% ready ({} of {} required)",
            place.readiness_percent, place.met, place.required
        ));
    }
    text
}

/// `path` as GitHub-flavoured Markdown.
#[must_use]
pub fn path(report: &PathReport) -> String {
    let mut out = format!(
        "# Path for {}\n\n{} assessment · newest {}\n\n**Now:** {}\n",
        cell(&report.person),
        report.assessor.label(),
        report.newest,
        place(&report.now)
    );
    if let Some(ready) = &report.ready_for {
        out.push_str(&format!(
            "\n**Already fully ready for:** {}\n",
            place(ready)
        ));
    }
    for next in &report.next {
        let heading = match next.track {
            "to" => "Measured against".to_owned(),
            track => format!("Next on the {track} track"),
        };
        out.push_str(&format!("\n## {heading}: {}\n\n", place(&next.place)));
        if next.place.id == report.now.id {
            out.push_str(crate::render::PATH_SAME_LEVEL);
            out.push('\n');
            continue;
        }
        if next.steps.is_empty() {
            out.push_str("It asks no skill beyond what the current level asks.\n");
            continue;
        }
        out.push_str("| skill | needs | required now | yours | steps short | what the level means |\n|---|---|---|---|---:|---|\n");
        for step in &next.steps {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                cell(&step.title),
                cell(&step.required),
                cell(step.now_required.as_deref().unwrap_or("new")),
                cell(step.current.as_deref().unwrap_or("not rated")),
                // Not rated: how far short is unknown, not `gap` steps.
                if step.current.is_some() {
                    step.gap.to_string()
                } else {
                    String::new()
                },
                cell(step.means.as_deref().unwrap_or(""))
            ));
        }
    }
    if let Some(attribution) = &report.attribution {
        out.push_str(&format!("\n{}\n", cell(attribution)));
    }
    out
}
