//! `report` in the terminal: headline numbers, the item table (largest gaps
//! first, status coloured on a terminal), items without a requirement, and
//! the development plan.

use comfy_table::{Cell, Color};

use super::{finish, new_table, wrap};
use crate::gap::{GapStatus, ItemGap};
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

/// A level as it reads, safe to print (a custom scale names its levels).
fn label(value: Option<&crate::gap::LevelValue>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| one_line(&v.label))
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
    for action in safe
        .plan
        .actions
        .iter_mut()
        .chain(safe.plan.later.iter_mut())
    {
        fix(&mut action.title);
        for m in &mut action.moves {
            // `done_when` keeps its lines: `level_text` reads its points,
            // and makes it safe to print.
            fix(&mut m.title);
        }
        if let Some(why) = &mut action.explanation {
            fix(why);
        }
    }
    for recognition in &mut safe.plan.recognition {
        fix(&mut recognition.title);
    }
    for action in safe
        .plan
        .actions
        .iter_mut()
        .chain(safe.plan.later.iter_mut())
    {
        for support in &mut action.support {
            fix(&mut support.title);
        }
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
            "{} {:.1}%: {}",
            paint.heading("Readiness"),
            s.readiness_percent,
            crate::render::readiness_words(s)
        ),
        width,
        "",
        "  ",
    );
    wrap(
        out,
        &format!(
            "{}: {}",
            paint.heading("Gaps"),
            one_line(&crate::render::gaps_words(s))
        ),
        width,
        "",
        "  ",
    );
    if s.not_rated > 0 {
        wrap(
            out,
            &format!(
                "{}: {}",
                paint.heading("Not rated"),
                crate::render::unrated_words(report)
            ),
            width,
            "",
            "  ",
        );
        // A command is never broken across lines: it is pasted whole.
        if let Some(command) = &report.rate_command {
            out.push_str(&format!("    {}\n", one_line(command)));
        }
    }
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

/// The most lines "done when" takes under a move: enough to tell levels
/// apart, short enough to keep the plan readable; the profile (`show`)
/// has the text in full.
const DONE_WHEN_LINES: usize = 3;

fn plan(out: &mut String, report: &GapReport, layout: Layout, explain: bool) {
    let (paint, width) = (layout.paint, layout.width);
    let plan = &report.plan;
    out.push('\n');
    wrap(
        out,
        &paint.heading(&crate::render::plan_heading(plan)),
        width,
        "",
        "  ",
    );
    if plan.actions.is_empty() {
        wrap(
            out,
            &crate::render::nothing_to_plan(report),
            width,
            "  ",
            "  ",
        );
    }
    let last = plan.actions.iter().map(|a| a.rank).max().unwrap_or(0);
    for action in &plan.actions {
        let (lead, indent) = super::numbered(action.rank, last);
        let indent = indent.as_str();
        let core = crate::render::core_mark(plan, action);
        wrap(
            out,
            &format!("{}{core}", crate::render::action_title(action, one_line)),
            width,
            &lead,
            indent,
        );
        for m in action.moves.iter().take(crate::render::MOVES_SHOWN) {
            let mut text = crate::render::move_words(m, one_line);
            if let Some(done) = &m.done_when {
                text.push_str(&format!(". Done when: {}", crate::render::level_text(done)));
            }
            cut_wrap(out, &text, width, indent, DONE_WHEN_LINES);
        }
        if let Some(more) = crate::render::more_moves(&action.moves) {
            wrap(out, &more, width, indent, indent);
        }
        if let Some(support) = crate::render::support_words(action, one_line) {
            wrap(out, &support, width, indent, &format!("{indent}  "));
        }
        if explain && let Some(why) = &action.explanation {
            wrap(out, &format!("why: {why}"), width, indent, indent);
        }
    }
    for line in [
        crate::render::unrated_plan_words(report),
        crate::render::later_words(plan, one_line),
        crate::render::recognition_words(plan, one_line),
        plan.editorial_links
            .then(|| crate::render::EDITORIAL_LINKS.to_owned()),
    ]
    .into_iter()
    .flatten()
    {
        out.push('\n');
        wrap(out, &line, width, "", "  ");
    }
}

/// `text` wrapped under `indent`, cut to `lines` lines with "…".
fn cut_wrap(out: &mut String, text: &str, width: usize, indent: &str, lines: usize) {
    let width = width.saturating_sub(1).max(20);
    let hanging = format!("{indent}  ");
    let mut wrapped = crate::render::wrap::wrap(text, width, indent, &hanging);
    if wrapped.len() > lines {
        wrapped.truncate(lines);
        if let Some(last) = wrapped.last_mut() {
            let room = width.saturating_sub(1);
            let kept = crate::render::wrap::clip(last, room).trim_end().to_owned();
            *last = format!("{kept}…");
        }
    }
    for line in wrapped {
        out.push_str(&line);
        out.push('\n');
    }
}

fn explain_item(out: &mut String, item: &ItemGap, width: usize) {
    if let Some(why) = &item.explanation {
        wrap(out, &format!("{}: {why}", item.title), width, "  ", "    ");
    }
}
