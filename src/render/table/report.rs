//! `report` in the terminal: headline numbers, the item table (largest gaps
//! first, status coloured on a terminal), items without a requirement, and
//! the development plan.

use comfy_table::{Cell, Color};

use super::{finish, new_table, wrap};
use crate::gap::{GapStatus, ItemGap};
use crate::plan::GapRef;
use crate::render::Layout;
use crate::render::terminal::Paint;
use crate::report::GapReport;
use crate::text::{one_line, plural};

fn status_cell(status: GapStatus, paint: Paint) -> Cell {
    let cell = Cell::new(status.label());
    if !paint.enabled {
        return cell;
    }
    match status {
        GapStatus::Gap => cell.fg(Color::Red),
        GapStatus::NotRated => cell.fg(Color::Yellow),
        GapStatus::Met => cell.fg(Color::Green),
        GapStatus::Exceeds => cell.fg(Color::Cyan),
        GapStatus::NoRequirement => cell,
    }
}

fn label(value: Option<&crate::gap::LevelValue>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.label.clone())
}

/// A level as the narrow table shows it: "Proficient", "3 Practitioner".
fn short(value: Option<&crate::gap::LevelValue>) -> String {
    let text = label(value).replace(" – ", " ");
    for suffix in [" in", " with", " of"] {
        if let Some(stem) = text.strip_suffix(suffix) {
            return stem.to_owned();
        }
    }
    text
}

fn gap_list(gaps: &[GapRef]) -> String {
    gaps.iter()
        .map(|g| format!("{} ({})", g.title, g.gap))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A copy of `report` whose text from files is safe to print: control and
/// escape characters shown as escapes, newlines folded. Done once, so the
/// rest of this module can colour and wrap freely.
fn sanitized(report: &GapReport) -> GapReport {
    let mut safe = report.clone();
    let fix = |text: &mut String| *text = one_line(text);
    fix(&mut safe.person);
    fix(&mut safe.profile.title);
    if let Some(name) = &mut safe.assessor_name {
        fix(name);
    }
    for item in safe.items.iter_mut().chain(safe.no_requirement.iter_mut()) {
        fix(&mut item.title);
        if let Some(why) = &mut item.explanation {
            fix(why);
        }
    }
    for step in &mut safe.plan.steps {
        fix(&mut step.title);
        for gap in step.addresses.iter_mut().chain(step.closes.iter_mut()) {
            fix(&mut gap.title);
        }
        if let Some(why) = &mut step.explanation {
            fix(why);
        }
    }
    for gap in &mut safe.plan.no_route {
        fix(&mut gap.title);
    }
    if let Some(change) = &mut safe.profile_change {
        if let Some(id) = &mut change.assessed_against {
            fix(id);
        }
        change.removed.iter_mut().for_each(fix);
        change.not_rated_then.iter_mut().for_each(fix);
    }
    safe
}

/// The gap report as text for a terminal.
#[must_use]
pub fn report(report: &GapReport, layout: Layout, explain: bool) -> String {
    let report = &sanitized(report);
    let mut out = String::new();
    heading(&mut out, report, layout);
    summary(&mut out, report, layout, explain);
    items(&mut out, report, layout, explain);
    plan(&mut out, report, layout, explain);
    if let Some(line) = crate::render::attribution(report.profile.source.as_ref()) {
        out.push('\n');
        wrap(&mut out, &one_line(&line), layout.width, "", "");
    }
    out
}

fn heading(out: &mut String, report: &GapReport, layout: Layout) {
    let (paint, width) = (layout.paint, layout.width);
    let who = match &report.assessor_name {
        Some(name) => format!(
            "{}, {} assessment by {name}",
            report.person,
            report.assessor.label()
        ),
        None => format!("{}, {} assessment", report.person, report.assessor.label()),
    };
    wrap(
        out,
        &paint.heading(&format!("Gap report: {who}")),
        width,
        "",
        "  ",
    );
    wrap(
        out,
        &format!(
            "{} · {} · {}",
            report.profile.title,
            report.date,
            report.status.label()
        ),
        width,
        "",
        "",
    );
    if let Some(change) = &report.profile_change {
        out.push('\n');
        let notice = match &change.assessed_against {
            Some(id) => format!(
                "Assessed against `{id}`; measured here against `{}`.",
                report.profile.id
            ),
            None => "The profile has changed since this assessment.".to_owned(),
        };
        wrap(out, &paint.warning(&notice), width, "", "");
        if !change.removed.is_empty() {
            wrap(
                out,
                &format!(
                    "Rated then, not in this profile (set aside): {}",
                    change.removed.join(", ")
                ),
                width,
                "  ",
                "    ",
            );
        }
        if !change.not_rated_then.is_empty() {
            wrap(
                out,
                &format!(
                    "In the profile now, not rated then (added since, or skipped): {}",
                    change.not_rated_then.join(", ")
                ),
                width,
                "  ",
                "    ",
            );
        }
    }
}

fn summary(out: &mut String, report: &GapReport, layout: Layout, explain: bool) {
    let (paint, width) = (layout.paint, layout.width);
    let s = &report.summary;
    out.push('\n');
    wrap(
        out,
        &format!(
            "{} {:.1}%: {} of {} items with a required level met or exceeded",
            paint.heading("Readiness"),
            s.readiness_percent,
            s.met,
            s.with_requirement
        ),
        width,
        "",
        "  ",
    );
    wrap(
        out,
        &format!(
            "{}: {} below the required level, {} short in all · not rated: {}",
            paint.heading("Gaps"),
            plural(s.gaps, "item"),
            plural(usize::try_from(s.gap_steps).unwrap_or(usize::MAX), "step"),
            s.not_rated
        ),
        width,
        "",
        "  ",
    );
    let by_type: Vec<String> = s
        .by_category
        .iter()
        .map(|t| {
            format!(
                "{} {} ({})",
                t.name,
                t.gaps,
                plural(t.steps as usize, "step")
            )
        })
        .collect();
    wrap(
        out,
        &format!("By type: {}", by_type.join(" · ")),
        width,
        "",
        "  ",
    );
    let by_section: Vec<String> = s
        .by_section
        .iter()
        .map(|t| {
            format!(
                "{} {} ({})",
                t.name.replace('_', " "),
                t.gaps,
                plural(t.steps as usize, "step")
            )
        })
        .collect();
    wrap(
        out,
        &format!("By section: {}", by_section.join(" · ")),
        width,
        "",
        "  ",
    );
    if explain && let Some(lines) = &s.explanation {
        for line in lines {
            wrap(out, line, width, "  = ", "    ");
        }
    }
}

fn items(out: &mut String, report: &GapReport, layout: Layout, explain: bool) {
    let (paint, width) = (layout.paint, layout.width);

    out.push('\n');
    let mut table = new_table(layout, vec!["ITEM", "REQUIRED", "CURRENT", "GAP", "STATUS"]);
    // No column is kept from wrapping: a level ("3 Practitioner") wraps
    // between its words when the room is better spent on the item's title.
    for item in &report.items {
        table.add_row(vec![
            Cell::new(&item.title),
            Cell::new(short(item.required.as_ref())),
            Cell::new(short(item.current.as_ref())),
            Cell::new(if item.status == GapStatus::Gap {
                item.gap.to_string()
            } else {
                String::new()
            }),
            status_cell(item.status, paint),
        ]);
    }
    out.push_str(&finish(&mut table));
    super::evidence::evidence(out, report, layout);
    asks_for(out, report, layout);

    // Only what was rated goes under "rated"; the rest is named with the
    // unrated, so a skipped item never reads as a rating of "-".
    let (rated, unrated): (Vec<&ItemGap>, Vec<&ItemGap>) = report
        .no_requirement
        .iter()
        .partition(|item| item.current.is_some());
    if !rated.is_empty() {
        out.push('\n');
        out.push_str(&paint.heading("No required level (rated, not counted)"));
        out.push('\n');
        for item in rated {
            wrap(
                out,
                &format!("{}: {}", item.title, label(item.current.as_ref())),
                width,
                "  ",
                "    ",
            );
        }
    }
    if !unrated.is_empty() {
        out.push('\n');
        out.push_str(&paint.heading("Not rated, no required level (not counted)"));
        out.push('\n');
        for item in unrated {
            wrap(out, &item.title, width, "  ", "    ");
        }
    }

    if explain {
        out.push('\n');
        out.push_str(&paint.heading("How each item was measured"));
        out.push('\n');
        for item in report.items.iter().chain(&report.no_requirement) {
            explain_item(out, item, width);
        }
    }
}

/// The most lines a gap's required level takes under "What each gap asks
/// for": enough to tell the levels apart, short enough to keep the plan
/// near; the profile (`show`) has it in full.
const ASKS_FOR_LINES: usize = 3;

/// Beside each gap, what its required level means (where the profile
/// says), each cut to [`ASKS_FOR_LINES`] lines with "…".
fn asks_for(out: &mut String, report: &GapReport, layout: Layout) {
    let width = layout.width.saturating_sub(1).max(20);
    let gaps: Vec<(&ItemGap, &str)> = report
        .items
        .iter()
        .filter(|item| item.status == GapStatus::Gap)
        .filter_map(|item| Some((item, item.required_means.as_deref()?)))
        .collect();
    if gaps.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(&layout.paint.heading("What each gap asks for"));
    out.push('\n');
    for (item, means) in gaps {
        let text = format!(
            "{}, {}: {}",
            item.title,
            short(item.required.as_ref()),
            crate::render::level_text(means)
        );
        let mut lines = crate::render::wrap::wrap(&text, width, "  ", "    ");
        if lines.len() > ASKS_FOR_LINES {
            lines.truncate(ASKS_FOR_LINES);
            if let Some(last) = lines.last_mut() {
                let room = width.saturating_sub(1);
                let kept = crate::render::wrap::clip(last, room).trim_end().to_owned();
                *last = format!("{kept}…");
            }
        }
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
}

fn plan(out: &mut String, report: &GapReport, layout: Layout, explain: bool) {
    let (paint, width) = (layout.paint, layout.width);
    out.push('\n');
    out.push_str(&paint.heading("Development plan"));
    out.push('\n');
    if report.plan.steps.is_empty() && report.plan.no_route.is_empty() {
        wrap(
            out,
            &super::super::nothing_to_plan(report),
            width,
            "  ",
            "  ",
        );
    }
    let last = report
        .plan
        .steps
        .iter()
        .map(|step| step.rank)
        .max()
        .unwrap_or(0);
    for step in &report.plan.steps {
        let (lead, indent) = super::numbered(step.rank, last);
        let indent = indent.as_str();
        wrap(
            out,
            &format!(
                "{} ({}): closes {}",
                step.title,
                step.kind.label(),
                plural(step.new_steps as usize, "gap step")
            ),
            width,
            &lead,
            indent,
        );
        wrap(
            out,
            &format!("for {}", gap_list(&step.closes)),
            width,
            indent,
            indent,
        );
        let also = step.also_helps();
        if !also.is_empty() {
            wrap(
                out,
                &format!(
                    "also helps with {}",
                    crate::render::also_helps_list(&also, |g| format!("{} ({})", g.title, g.gap))
                ),
                width,
                indent,
                indent,
            );
        }
        if explain && let Some(why) = &step.explanation {
            wrap(out, &format!("why: {why}"), width, indent, indent);
        }
    }
    if !report.plan.no_route.is_empty() {
        wrap(
            out,
            &format!(
                "No development route in this profile: {}",
                gap_list(&report.plan.no_route)
            ),
            width,
            "  ",
            "    ",
        );
    }
}

fn explain_item(out: &mut String, item: &ItemGap, width: usize) {
    if let Some(why) = &item.explanation {
        wrap(out, &format!("{}: {why}", item.title), width, "  ", "    ");
    }
}
