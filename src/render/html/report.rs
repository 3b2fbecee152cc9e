//! `report --format html`: the headline first, then required against
//! current level per item as bars, by section; the gap table with
//! evidence; the plan as a checklist with dates and what shows each
//! action done; the items with no requirement.

use maud::{Markup, html};

use super::{bar, page, text};
use crate::gap::{GapStatus, ItemGap, LevelValue};
use crate::plan::Action;
use crate::profile::Section;
use crate::report::GapReport;

/// The gap report as one page.
#[must_use]
pub(crate) fn report(report: &GapReport) -> String {
    let title = format!("Gap report: {}", report.person);
    let body = html! {
        h1 { (text(&title)) }
        p.meta {
            (text(&report.profile.title)) " · " (report.assessor.label()) " assessment"
            @if let Some(name) = &report.assessor_name { " by " (text(name)) }
            " · " (report.date.to_string()) " · " (report.status.label())
        }
        (headline(report))
        (chart(report))
        (gap_table(report))
        (plan(report))
        (no_requirement(report))
        @if let Some(line) = crate::render::attribution(report.profile.source.as_ref()) {
            footer { (text(&line)) }
        }
    };
    page(&title, &body)
}

fn headline(report: &GapReport) -> Markup {
    let s = &report.summary;
    html! {
        section.headline aria-label="Headline" {
            p {
                "Readiness " strong { (format!("{:.1}%", s.readiness_percent)) } ": "
                (text(&crate::render::readiness_words(s)))
            }
            p { "Gaps: " (text(&crate::render::gaps_words(s))) }
            @if s.not_rated > 0 {
                p.unrated {
                    "Not rated: " (text(&crate::render::unrated_words(report)))
                    @if let Some(command) = &report.rate_command { " " code { (text(command)) } }
                }
            }
            @if let Some(change) = &report.profile_change {
                p.gap {
                    @match &change.assessed_against {
                        Some(id) => { "Assessed against " code { (text(id)) } "; measured here against " code { (text(&report.profile.id)) } "." }
                        None => { "The profile has changed since this assessment." }
                    }
                }
            }
        }
    }
}

/// A symbol and a word for a status: colour is never the only signal.
fn status(item: &ItemGap) -> Markup {
    match item.status {
        GapStatus::Gap => html! { span.gap { "✗ " (item.gap) " short" } },
        GapStatus::NotRated => html! { span.unrated { "? not rated" } },
        GapStatus::Met => html! { span.met { "✓ met" } },
        GapStatus::Exceeds => html! { span.met { "✓ exceeds" } },
        GapStatus::NoRequirement => html! { span { "– no requirement" } },
    }
}

fn label(value: Option<&LevelValue>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| text(&v.label))
}

/// Required against current, one bar each, by section.
fn chart(report: &GapReport) -> Markup {
    let sections = [
        (Section::KnowledgeSkills, "Knowledge and skills"),
        (Section::OrganisationSkills, "Organisation skills"),
    ];
    html! {
        h2 { "Required and current level" }
        @if report.items.is_empty() {
            p.muted { "No item of the profile has a required level: there is nothing to draw." }
        } @else if report.summary.rated == 0 {
            p.unrated { "Nothing is rated yet: each bar shows only the required level's mark." }
        }
        @for (section, name) in sections {
            @let items: Vec<&ItemGap> = report.items.iter().filter(|i| i.section == section).collect();
            @if !items.is_empty() {
                figure {
                    figcaption { h3 { (name) } }
                    table {
                        thead { tr {
                            th scope="col" { "Item" }
                            th scope="col" { "Required" }
                            th scope="col" { "Current" }
                            th scope="col" { span.muted { "bar: current; mark: required" } }
                            th scope="col" { "Status" }
                        } }
                        tbody {
                            @for item in items {
                                tr {
                                    th scope="row" { bdi { (text(&item.title)) } }
                                    td { (label(item.required.as_ref())) }
                                    td { (label(item.current.as_ref())) }
                                    td { (bar(
                                        item.current.as_ref().map(|c| c.step),
                                        item.required.as_ref().map(|r| r.step),
                                        top(item),
                                    )) }
                                    td { (status(item)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The top step of an item's scale: depth 4; an organisation scale's
/// highest level the report has seen (its labels stop there).
fn top(item: &ItemGap) -> u8 {
    match item.section {
        Section::KnowledgeSkills => 4,
        Section::OrganisationSkills => {
            let seen = item
                .required
                .iter()
                .chain(item.current.iter())
                .map(|v| v.step)
                .max()
                .unwrap_or(4);
            seen.max(4)
        }
    }
}

fn gap_table(report: &GapReport) -> Markup {
    html! {
        h2 { "Gaps, with evidence" }
        table {
            thead { tr {
                th scope="col" { "Item" }
                th scope="col" { "Required" }
                th scope="col" { "Current" }
                th scope="col" { "Gap" }
                th scope="col" { "Status" }
                th scope="col" { "Evidence" }
            } }
            tbody {
                @for item in &report.items {
                    tr {
                        th scope="row" { bdi { (text(&item.title)) } }
                        td { (label(item.required.as_ref())) }
                        td { (label(item.current.as_ref())) }
                        td.num { @if item.status == GapStatus::Gap { (item.gap) } }
                        td { (status(item)) }
                        td { @if let Some(note) = &item.evidence { (text(note)) } }
                    }
                }
            }
        }
    }
}

fn action(action: &Action) -> Markup {
    html! {
        li {
            span.box aria-hidden="true" { "☐" }
            strong { (text(&crate::render::action_title(action, text))) }
            @if let Some(due) = action.due { " — due " (due.to_string()) }
            ul {
                @for m in &action.moves {
                    li {
                        (text(&crate::render::move_words(m, text)))
                        @if let Some(done) = &m.done_when {
                            ". Done when: " (text(&crate::render::level_text(done)))
                        }
                    }
                }
                @if let Some(support) = crate::render::support_words(action, text) {
                    li { (support) }
                }
            }
        }
    }
}

fn plan(report: &GapReport) -> Markup {
    let plan = &report.plan;
    html! {
        h2 { (crate::render::plan_heading(plan)) }
        @if plan.actions.is_empty() {
            p { (crate::render::nothing_to_plan(report)) }
        }
        ol.plan {
            @for a in &plan.actions { (action(a)) }
        }
        @for line in [
            crate::render::unrated_plan_words(report),
            crate::render::later_words(plan, text),
            crate::render::recognition_words(plan, text),
            plan.editorial_links.then(|| crate::render::EDITORIAL_LINKS.to_owned()),
        ].into_iter().flatten() {
            p.muted { (line) }
        }
    }
}

fn no_requirement(report: &GapReport) -> Markup {
    html! {
        @if !report.no_requirement.is_empty() {
            h2 { "No required level (not counted)" }
            ul {
                @for item in &report.no_requirement {
                    li { (text(&item.title)) ": " (label(item.current.as_ref())) }
                }
            }
        }
    }
}
