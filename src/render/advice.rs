//! The words of the development plan (SPEC §10), shared by the table and
//! the Markdown: each format escapes what comes from files itself, so
//! these take the escaping as `clean`.

use crate::plan::{Action, ComponentKind, Move, Plan};
use crate::report::GapReport;
use crate::text::plural;

/// Said under a plan that follows components' `develops` links.
pub(crate) const EDITORIAL_LINKS: &str = "Which component develops which skill is an editorial judgement made for this profile (for the FEDIP profile, by skillgap's editors), not something the source states.";

/// " · core" after an action serving the role's core, when the plan has
/// actions that do not (where every action does, the mark says nothing).
pub(crate) fn core_mark(plan: &Plan, action: &Action) -> &'static str {
    let mixed = plan.actions.iter().chain(&plan.later).any(|a| !a.core);
    if action.core && mixed { " · core" } else { "" }
}

/// How an action is named: "Team Leadership (PDA)", or for experience at
/// work "Experience at work: DevOps".
pub(crate) fn action_title(action: &Action, clean: fn(&str) -> String) -> String {
    match action.kind {
        ComponentKind::Experience => format!("Experience at work: {}", clean(&action.title)),
        kind => format!("{} ({})", clean(&action.title), kind.label()),
    }
}

/// "Support: EXIN DevOps Professional (qualification, to Aware of), …",
/// for experience at work that components help on the way.
pub(crate) fn support_words(action: &Action, clean: fn(&str) -> String) -> Option<String> {
    if action.support.is_empty() {
        return None;
    }
    let list: Vec<String> = action
        .support
        .iter()
        .map(|s| {
            format!(
                "{} ({}, to {})",
                clean(&s.title),
                s.kind.label(),
                clean(&s.to.label)
            )
        })
        .collect();
    Some(format!("On the way: {}", list.join(", ")))
}

/// Said under a plan of an assessment with unrated required items.
pub(crate) fn unrated_plan_words(report: &GapReport) -> Option<String> {
    let n = report.summary.not_rated;
    (n > 0 && !(report.plan.actions.is_empty() && report.plan.later.is_empty())).then(|| {
        format!(
            "The plan covers the rated items; {} not rated yet may add to it.",
            if n == 1 {
                "1 required item".to_owned()
            } else {
                format!("{n} required items")
            }
        )
    })
}

/// "Development plan: 5 actions by 2027-05-02, 6 more later".
pub(crate) fn plan_heading(plan: &Plan) -> String {
    let mut text = String::from("Development plan");
    if let Some(date) = plan.review_by {
        text.push_str(&format!(
            ": {} by {date}",
            plural(plan.actions.len(), "action")
        ));
        if !plan.later.is_empty() {
            text.push_str(&format!(", {} later", plan.later.len()));
        }
    }
    text
}

/// "Information security: 2 – Working → 3 – Practitioner", and for a move
/// short of the requirement "(required: 3 Proficient)".
pub(crate) fn move_words(m: &Move, clean: fn(&str) -> String) -> String {
    let mut text = format!(
        "{}: {} → {}",
        clean(&m.title),
        clean(&m.from.label),
        clean(&m.to.label)
    );
    if !m.meets() {
        text.push_str(&format!(" (required: {})", clean(&m.required.label)));
    }
    text
}

/// Moves listed under one action before "and N more": a component can
/// develop hundreds of skills, and a person reads the plan for what to do.
pub(crate) const MOVES_SHOWN: usize = 6;

/// Later actions named before "and N more".
const LATER_SHOWN: usize = 12;

/// "and 44 more (--format json lists them)", when `moves` are more than
/// [`MOVES_SHOWN`].
pub(crate) fn more_moves(moves: &[Move]) -> Option<String> {
    (moves.len() > MOVES_SHOWN).then(|| {
        format!(
            "and {} more (--format json lists them)",
            moves.len() - MOVES_SHOWN
        )
    })
}

/// "Later (next cycle): 6. Coaching Techniques (training), 7. …",
/// when there are later actions.
pub(crate) fn later_words(plan: &Plan, clean: fn(&str) -> String) -> Option<String> {
    if plan.later.is_empty() {
        return None;
    }
    let mut list: Vec<String> = plan
        .later
        .iter()
        .take(LATER_SHOWN)
        .map(|a| format!("{}. {}", a.rank, action_title(a, clean)))
        .collect();
    if plan.later.len() > LATER_SHOWN {
        list.push(format!("and {} more", plan.later.len() - LATER_SHOWN));
    }
    Some(format!("Later (next cycle): {}", list.join(", ")))
}

/// "Recognition to aim for once the skills are there: …" (registrations).
pub(crate) fn recognition_words(plan: &Plan, clean: fn(&str) -> String) -> Option<String> {
    if plan.recognition.is_empty() {
        return None;
    }
    let list: Vec<String> = plan.recognition.iter().map(|r| clean(&r.title)).collect();
    Some(format!(
        "Recognition to aim for once the skills are there (registrations recognise skills; they do not build them): {}",
        list.join(", ")
    ))
}

/// What a plan with no action says: "No gaps to close." only when every
/// required item is rated; otherwise how many are unrated, since an
/// unrated requirement is no known gap, nor known met (SPEC §10).
pub(crate) fn nothing_to_plan(report: &GapReport) -> String {
    match report.summary.not_rated {
        0 => "No gaps to close.".to_owned(),
        1 => "No gaps among the rated items, but 1 required item is not rated: rate it before planning.".to_owned(),
        n => format!(
            "No gaps among the rated items, but {n} required items are not rated: rate them before planning."
        ),
    }
}
