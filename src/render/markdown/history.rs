//! `history` as Markdown: the same parts as the terminal's, a table of
//! the dated assessments and a list of what moved at each.

use super::{cell, code, inline};
use crate::history::{HistoryReport, PersonHistory, Way};
use crate::render::TREND_LEGEND;
use crate::text::plural;

/// `history` as GitHub-flavoured Markdown.
#[must_use]
pub fn history(report: &HistoryReport) -> String {
    let mut out = String::new();
    for person in &report.people {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&person_text(person));
    }
    if !report.skipped.is_empty() {
        out.push_str(&format!(
            "\n{} skipped (unreadable or not a valid assessment):\n\n",
            plural(report.skipped.len(), "file")
        ));
        for skip in &report.skipped {
            out.push_str(&format!(
                "- {}: {}\n",
                inline(&skip.file),
                inline(&skip.reason)
            ));
        }
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
        out.push_str(&format!("\n{}\n", inline(&line)));
    }
    out
}

fn person_text(person: &PersonHistory) -> String {
    let mut out = format!(
        "# History of {}\n\n{} assessments{} · profile {} ({}), as of the newest assessment\n\nTrend: {} ({TREND_LEGEND})\n\n",
        inline(&person.person),
        person.assessor.label(),
        person
            .assessor_name
            .as_deref()
            .map(|name| format!(" by {}", inline(name)))
            .unwrap_or_default(),
        inline(&person.profile.title),
        code(&person.profile.id),
        person.trend
    );
    out.push_str("| date | readiness | rated | gaps | moved up | moved down | status | file |\n|---|---:|---:|---:|---:|---:|---|---|\n");
    for (index, point) in person.assessments.iter().enumerate() {
        let (up, down) = point.ups_and_downs();
        let (up, down) = if index == 0 {
            (String::new(), String::new())
        } else {
            (up.to_string(), down.to_string())
        };
        out.push_str(&format!(
            "| {} | {:.1}% ({} of {}) | {} of {} | {} | {up} | {down} | {} | {} |\n",
            point.date,
            point.readiness_percent,
            point.met,
            point.with_requirement,
            point.rated,
            point.with_requirement,
            point.gaps,
            point.status.label(),
            cell(&point.file)
        ));
    }
    for pair in person.assessments.windows(2) {
        let [before, point] = pair else { continue };
        if point.moved.is_empty() && point.profile_changed.is_none() {
            continue;
        }
        out.push_str(&format!(
            "\n## {}, since {}\n\n{} rated in both.\n\n",
            point.date,
            before.date,
            plural(point.compared, "item")
        ));
        if let Some(change) = &point.profile_changed {
            out.push_str(&format!(
                "- Profile changed: {} → {}; the skills both share are compared.\n",
                inline(&change.from.title),
                inline(&change.to.title)
            ));
        }
        for moved in &point.moved {
            out.push_str(&format!(
                "- {} {}: {} → {}\n",
                match moved.way {
                    Way::Up => "Up:",
                    Way::Down => "Down:",
                },
                inline(&moved.title),
                inline(&moved.from.label),
                inline(&moved.to.label)
            ));
        }
    }
    out
}
