//! `show --format html`: every section of a profile. Each rated item has
//! an anchor made from its id; the source's URL is printed as text, never
//! linked (SPEC §6).

use maud::{Markup, html};

use super::{page, text};
use crate::profile::{Depth, DevelopmentComponent, Field, Profile, SkillType};
use crate::render::{NOT_IN_SOURCE, ladder_place, or_lacking};

/// An anchor from an item id: only `[a-z0-9-]` survive, so an id from a
/// file can never close the attribute or name anything but itself.
fn anchor(id: &str) -> String {
    let kept: String = id
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
        .collect();
    format!("item-{kept}")
}

/// The marks a field's text carries: supplied by skillgap, cut off in the
/// source.
fn notes(inferred: &[Field], truncated: &[Field]) -> Markup {
    let mut notes: Vec<String> = inferred
        .iter()
        .map(|f| format!("{} supplied", f.name()))
        .collect();
    notes.extend(
        truncated
            .iter()
            .map(|f| format!("{} cut off in source", f.name())),
    );
    html! { @if !notes.is_empty() { " " em.muted { "(" (notes.join(", ")) ")" } } }
}

/// Text that may hold paragraphs and "- " lists, as paragraphs.
fn paragraphs(value: &str) -> Markup {
    html! { @for para in value.split("\n\n").filter(|p| !p.trim().is_empty()) { p { (text(para.trim())) } } }
}

/// The profile as one page.
#[must_use]
pub(crate) fn profile(profile: &Profile) -> String {
    let body = html! {
        h1 { (text(&profile.title)) }
        (facts(profile))
        @if profile.retired { p.gap { strong { "Retired:" } " the framework no longer has this level." } }
        @if let Some(about) = &profile.role_description { h2 { "About the role" } (paragraphs(about)) }
        h2 { "Summary" }
        (paragraphs(&or_lacking(&profile.summary, &profile.source_lacks, Field::Summary)))
        @if !profile.responsibilities.is_empty() {
            h2 { "At this role level, you will" }
            ul { @for r in &profile.responsibilities { li { (text(r)) } } }
        }
        @if !profile.background.is_empty() {
            h2 { "Background" }
            table { thead { tr { th scope="col" { "Type" } th scope="col" { "Description" } } }
                tbody { @for b in &profile.background {
                    tr { th scope="row" { bdi { (text(&b.kind)) } } td { (text(&b.text)) (notes(&b.inferred, &b.truncated)) } }
                } } }
        }
        @if !profile.work_activities.is_empty() {
            h2 { "Work activities" }
            table { thead { tr { th scope="col" { "Title" } th scope="col" { "Details" } } }
                tbody { @for a in &profile.work_activities {
                    tr { th scope="row" { bdi { (text(&a.title)) } (notes(&a.inferred, &a.truncated)) } td { (text(&a.details)) } }
                } } }
        }
        (knowledge(profile))
        (organisation(profile))
        (components(profile, "Training", &profile.training))
        (components(profile, "Professional development activities", &profile.development_activities))
        @if !profile.qualifications.is_empty() {
            h2 { "Qualifications" }
            table { thead { tr { th scope="col" { "Title" } th scope="col" { "Awarding body" } th scope="col" { "Develops" } } }
                tbody { @for q in &profile.qualifications {
                    tr { th scope="row" { bdi { (text(&q.title)) } (notes(&q.inferred, &q.truncated)) }
                        td { @if let Some(body) = &q.awarding_body { (text(body)) } }
                        td { (develops(profile, &q.develops)) } }
                } } }
        }
    };
    page(&profile.title, &body)
}

fn facts(profile: &Profile) -> Markup {
    html! {
        dl.facts {
            dt { "id" } dd { code { (text(&profile.id)) } }
            @for (name, value) in [("family", &profile.family), ("role", &profile.role), ("level", &profile.level)] {
                @if let Some(v) = value { dt { (name) } dd { (text(v)) } }
            }
            @if let Some(ladder) = profile.ladder { dt { "ladder" } dd { (text(&ladder_place(ladder))) } }
            @if let Some(source) = &profile.source {
                dt { "source" }
                dd {
                    (text(&source.name))
                    // Shown, never linked (SPEC §6).
                    @if let Some(url) = &source.url { " (" code.url { (text(url)) } ")" }
                    @if let Some(date) = &source.date { ", " (text(date)) }
                }
                @if let Some(licence) = &source.licence { dt { "licence" } dd { (text(licence)) } }
                @if let Some(attribution) = &source.attribution { dt { "attribution" } dd { (text(attribution)) } }
            }
        }
    }
}

fn knowledge(profile: &Profile) -> Markup {
    html! {
        @if !profile.knowledge_skills.is_empty() {
            h2 { "Knowledge and skills" }
            table { thead { tr { th scope="col" { "Title" } th scope="col" { "Required depth" }
                th scope="col" { "Type" } th scope="col" { "Details" } } }
                tbody { @for kind in SkillType::ALL {
                    @for s in profile.knowledge_skills.iter().filter(|s| s.kind == kind) {
                        tr id=(anchor(&s.id)) {
                            th scope="row" { bdi { (text(&s.title)) } (notes(&s.inferred, &s.truncated)) }
                            td { (s.depth.map_or("none set", Depth::label)) }
                            td { (kind.label()) }
                            td { (text(&s.details)) }
                        }
                    }
                } } }
        }
    }
}

fn organisation(profile: &Profile) -> Markup {
    let scale = &profile.organisation_scale;
    html! {
        @if !profile.organisation_skills.is_empty() {
            h2 { "Organisation skills (" (text(scale.name())) " scale)" }
            @for s in &profile.organisation_skills {
                section.skill id=(anchor(&s.id)) {
                    h3 { (text(&s.title)) (notes(&s.inferred, &s.truncated)) }
                    p.muted {
                        (text(&s.framework))
                        @if let Some(category) = &s.category { " » " (text(category)) }
                        @if let Some(ddat) = s.ddat_skill.as_deref().filter(|d| *d != s.id) { " · DDaT skill " code { (text(ddat)) } }
                        " · required: " strong { (text(&scale.level_label(s.level))) }
                    }
                    (paragraphs(&or_lacking(&s.description, &s.source_lacks, Field::Description)))
                    @if s.level_descriptions.is_empty() {
                        p.lead { strong { "At this level:" } }
                        (super::lines(&or_lacking(&s.level_description, &s.source_lacks, Field::LevelDescription)))
                    } @else {
                        table.levels {
                            thead { tr { th scope="col" { "Level" } th scope="col" { "What it means" } } }
                            tbody { @for (n, desc) in (1..=scale.top()).zip(&s.level_descriptions) {
                                tr class=[(n == s.level).then_some("required")] {
                                    th scope="row" { bdi { (text(&scale.level_label(n))) }
                                        @if n == s.level { br; strong { "◆ required" } } }
                                    td { (super::lines(if desc.trim().is_empty() { NOT_IN_SOURCE } else { desc })) }
                                }
                            } }
                        }
                    }
                }
            }
        }
    }
}

fn develops(profile: &Profile, ids: &[String]) -> Markup {
    let titles = profile.rated_titles();
    html! {
        @for (i, id) in ids.iter().enumerate() {
            @if i > 0 { ", " }
            (text(titles.get(id.as_str()).copied().unwrap_or(id)))
        }
    }
}

fn components(profile: &Profile, title: &str, list: &[DevelopmentComponent]) -> Markup {
    html! {
        @if !list.is_empty() {
            h2 { (title) }
            table { thead { tr { th scope="col" { "Title" } th scope="col" { "Details" } th scope="col" { "Develops" } } }
                tbody { @for c in list {
                    tr { th scope="row" { bdi { (text(&c.title)) } (notes(&c.inferred, &c.truncated)) }
                        td { (text(&c.details)) } td { (develops(profile, &c.develops)) } }
                } } }
        }
    }
}
