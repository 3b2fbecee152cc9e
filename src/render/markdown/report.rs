//! `report --format markdown`: the gap report for a wiki or a pull request.

use super::{cell, code, inline};
use crate::gap::LevelValue;
use crate::report::GapReport;

fn level(value: Option<&LevelValue>) -> String {
    value.map_or_else(String::new, |v| cell(&v.label))
}

/// The gap report as GitHub-flavoured Markdown.
#[must_use]
pub fn report(report: &GapReport, explain: bool) -> String {
    let s = &report.summary;
    let mut out = format!(
        "# Gap report: {}\n\n**Profile:** {} · **assessor:** {}{} · **date:** {} · **status:** {}\n\n",
        inline(&report.person),
        inline(&report.profile.title),
        report.assessor.label(),
        report
            .assessor_name
            .as_deref()
            .map(|n| format!(" ({})", inline(n)))
            .unwrap_or_default(),
        report.date,
        report.status.label()
    );
    if let Some(change) = &report.profile_change {
        match &change.assessed_against {
            Some(id) => out.push_str(&format!(
                "> **Assessed against {}; measured here against {}.**",
                code(id),
                code(&report.profile.id)
            )),
            None => out.push_str("> **The profile has changed since this assessment.**"),
        }
        if !change.removed.is_empty() {
            out.push_str(&format!(
                " Rated then, not in this profile (set aside): {}.",
                inline(&change.removed.join(", "))
            ));
        }
        if !change.not_rated_then.is_empty() {
            out.push_str(&format!(
                " In the profile now, not rated then (added since, or skipped): {}.",
                inline(&change.not_rated_then.join(", "))
            ));
        }
        out.push_str("\n\n");
    }
    headline(&mut out, report);
    out.push_str("| type | items with a requirement | gaps | steps |\n|---|---:|---:|---:|\n");
    for t in &s.by_category {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            cell(&t.name),
            t.required,
            t.gaps,
            t.steps
        ));
    }
    if explain && let Some(lines) = &s.explanation {
        out.push('\n');
        for line in lines {
            out.push_str(&format!("- {}\n", inline(line)));
        }
    }
    out.push_str("\n## Items\n\n| item | type | required | current | gap | status | evidence |");
    if explain {
        out.push_str(" how |");
    }
    out.push_str("\n|---|---|---|---|---:|---|---|");
    if explain {
        out.push_str("---|");
    }
    out.push('\n');
    for item in report.items.iter().chain(&report.no_requirement) {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            cell(&item.title),
            item.category.label(),
            level(item.required.as_ref()),
            level(item.current.as_ref()),
            item.gap,
            item.status.label(),
            cell(item.evidence.as_deref().unwrap_or(""))
        ));
        if explain {
            out.push_str(&format!(
                " {} |",
                cell(item.explanation.as_deref().unwrap_or(""))
            ));
        }
        out.push('\n');
    }
    asks_for(&mut out, report);
    plan(&mut out, report, explain);
    if let Some(line) = crate::render::attribution(report.profile.source.as_ref()) {
        out.push_str(&format!("\n{}\n", inline(&line)));
    }
    out
}

/// Readiness (met of required, how many rated, met of rated), gaps with
/// their steps on each scale, and the unrated items with the command that
/// rates them (SPEC §10).
fn headline(out: &mut String, report: &GapReport) {
    let s = &report.summary;
    out.push_str(&format!(
        "**Readiness {:.1}%**: {}. **Gaps:** {}.",
        s.readiness_percent,
        inline(&crate::render::readiness_words(s)),
        inline(&crate::render::gaps_words(s)),
    ));
    if s.not_rated > 0 {
        out.push_str(&format!(
            " **Not rated:** {}",
            inline(&crate::render::unrated_words(report))
        ));
        match &report.rate_command {
            Some(command) => out.push_str(&format!(" {}", code(command))),
            None => out.push('.'),
        }
    }
    out.push_str("\n\n");
}

/// Beside each gap, what its required level means, in full (where the
/// profile says).
fn asks_for(out: &mut String, report: &GapReport) {
    let mut gaps = report
        .items
        .iter()
        .filter(|item| item.status == crate::gap::GapStatus::Gap)
        .filter_map(|item| Some((item, item.required_means.as_deref()?)))
        .peekable();
    if gaps.peek().is_none() {
        return;
    }
    out.push_str("\n## What each gap asks for\n\n");
    for (item, means) in gaps {
        out.push_str(&format!(
            "- **{}**, {}: {}\n",
            inline(&item.title),
            level(item.required.as_ref()),
            inline(&crate::render::level_text(means))
        ));
    }
}

fn plan(out: &mut String, report: &GapReport, explain: bool) {
    let plan = &report.plan;
    out.push_str(&format!("\n## {}\n\n", crate::render::plan_heading(plan)));
    if plan.actions.is_empty() {
        out.push_str(&format!("{}\n", crate::render::nothing_to_plan(report)));
    }
    for action in &plan.actions {
        out.push_str(&format!(
            "{}. **{}**{}\n",
            action.rank,
            crate::render::action_title(action, inline),
            crate::render::core_mark(plan, action)
        ));
        for m in action.moves.iter().take(crate::render::MOVES_SHOWN) {
            out.push_str(&format!("   - {}", crate::render::move_words(m, inline)));
            if let Some(done) = &m.done_when {
                out.push_str(&format!(
                    ". Done when: {}",
                    inline(&crate::render::level_text(done))
                ));
            }
            out.push('\n');
        }
        if let Some(more) = crate::render::more_moves(&action.moves) {
            out.push_str(&format!("   - {more}\n"));
        }
        if let Some(support) = crate::render::support_words(action, inline) {
            out.push_str(&format!("   - {support}\n"));
        }
        if explain && let Some(why) = &action.explanation {
            out.push_str(&format!("   - why: {}\n", inline(why)));
        }
    }
    for line in [
        crate::render::unrated_plan_words(report),
        crate::render::later_words(plan, inline),
        crate::render::recognition_words(plan, inline),
        plan.editorial_links
            .then(|| crate::render::EDITORIAL_LINKS.to_owned()),
    ]
    .into_iter()
    .flatten()
    {
        out.push_str(&format!("\n{line}\n"));
    }
}
