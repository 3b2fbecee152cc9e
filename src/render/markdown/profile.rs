//! `show --format markdown`: every section of a profile.

use std::collections::HashMap;

use super::{cell, code, inline, paragraphs};
use crate::profile::{Depth, Field, OrganisationSkill, Profile, SkillType};
use crate::render::{NOT_IN_SOURCE, ladder_place, or_lacking};

fn mark_note(inferred: &[Field], truncated: &[Field]) -> String {
    let mut notes = Vec::new();
    for f in inferred {
        notes.push(format!("{} supplied", f.name()));
    }
    for f in truncated {
        notes.push(format!("{} cut off in source", f.name()));
    }
    if notes.is_empty() {
        String::new()
    } else {
        format!(" _({})_", notes.join(", "))
    }
}

/// `ids` named by their titles (`titles`: the profile's rated titles).
fn develops(titles: &HashMap<&str, &str>, ids: &[String]) -> String {
    ids.iter()
        .map(|id| cell(titles.get(id.as_str()).copied().unwrap_or(id)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The facts line (id, family, role, level, ladder place, source), the
/// licence and attribution under it (SPEC §3, §9), whether the level is
/// retired, the role's description and the level's summary.
fn header(out: &mut String, profile: &Profile) {
    let mut facts = vec![format!("**id:** {}", code(&profile.id))];
    for (name, value) in [
        ("family", &profile.family),
        ("role", &profile.role),
        ("level", &profile.level),
    ] {
        facts.extend(value.iter().map(|v| format!("**{name}:** {}", inline(v))));
    }
    if let Some(ladder) = profile.ladder {
        facts.push(format!("**ladder:** {}", ladder_place(ladder)));
    }
    if let Some(source) = &profile.source {
        let mut text = format!("**source:** {}", inline(&source.name));
        // A URL from a file is shown, never linked (SPEC §6).
        if let Some(url) = &source.url {
            text.push_str(&format!(" ({})", inline(url)));
        }
        if let Some(date) = &source.date {
            text.push_str(&format!(", {}", inline(date)));
        }
        facts.push(text);
    }
    out.push_str(&facts.join(" · "));
    out.push_str("\n\n");
    if let Some(source) = &profile.source {
        let mut terms = Vec::new();
        if let Some(licence) = &source.licence {
            terms.push(format!("**Licence:** {}.", inline(licence)));
        }
        if let Some(attribution) = &source.attribution {
            terms.push(inline(attribution));
        }
        if !terms.is_empty() {
            out.push_str(&format!("{}\n\n", terms.join(" ")));
        }
    }
    if profile.retired {
        out.push_str("**Retired:** the framework no longer has this level.\n\n");
    }
    if let Some(text) = &profile.role_description {
        out.push_str(&format!("## About the role\n\n{}\n\n", paragraphs(text)));
    }
    out.push_str("## Summary\n\n");
    out.push_str(&paragraphs(&or_lacking(
        &profile.summary,
        &profile.source_lacks,
        Field::Summary,
    )));
    out.push_str("\n\n");
}

/// A level text as one list item's content: its leading lines inline, its
/// "- " lines as a nested list.
fn level_text(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match line.strip_prefix("- ") {
            Some(rest) => out.push_str(&format!("\n  - {}", inline(rest))),
            None => out.push_str(&format!(" {}", inline(line))),
        }
    }
    out
}

/// The organisation skills table (with each skill's DDaT link where its
/// id differs), then what every level means for each skill.
fn organisation_skills(out: &mut String, profile: &Profile) {
    if profile.organisation_skills.is_empty() {
        return;
    }
    let scale = &profile.organisation_scale;
    let place = if profile
        .organisation_skills
        .iter()
        .any(|s| s.category.is_some())
    {
        "framework » category"
    } else {
        "framework"
    };
    out.push_str(&format!(
        "## Organisation skills ({} scale)\n\n| {place} | skill | description | level | at this level |\n|---|---|---|---|---|\n",
        cell(scale.name())
    ));
    let link = |s: &OrganisationSkill| match s.ddat_skill.as_deref() {
        Some(ddat) if ddat != s.id => format!(" (DDaT skill {})", code(ddat)),
        _ => String::new(),
    };
    for s in &profile.organisation_skills {
        out.push_str(&format!(
            "| {} | {}{}{} | {} | {} | {} |\n",
            match &s.category {
                Some(category) => format!("{} » {}", cell(&s.framework), cell(category)),
                None => cell(&s.framework),
            },
            cell(&s.title),
            link(s),
            mark_note(&s.inferred, &s.truncated),
            cell(&or_lacking(
                &s.description,
                &s.source_lacks,
                Field::Description
            )),
            cell(&scale.level_label(s.level)),
            cell(&or_lacking(
                &s.level_description,
                &s.source_lacks,
                Field::LevelDescription
            ))
        ));
    }
    out.push('\n');
    let described: Vec<_> = profile
        .organisation_skills
        .iter()
        .filter(|s| !s.level_descriptions.is_empty())
        .collect();
    if described.is_empty() {
        return;
    }
    out.push_str("### What each level means\n\n");
    for s in described {
        out.push_str(&format!("**{}**\n\n", inline(&s.title)));
        for (n, text) in (1..=scale.top()).zip(&s.level_descriptions) {
            let required = if n == s.level { " (required)" } else { "" };
            let text = if text.trim().is_empty() {
                level_text(NOT_IN_SOURCE)
            } else {
                level_text(text)
            };
            out.push_str(&format!(
                "- **{}{required}:**{text}\n",
                inline(&scale.level_label(n))
            ));
        }
        out.push('\n');
    }
}

/// Every section of `profile` as Markdown.
#[must_use]
pub fn profile(profile: &Profile) -> String {
    let mut out = format!("# {}\n\n", inline(&profile.title));
    header(&mut out, profile);
    if !profile.responsibilities.is_empty() {
        out.push_str("## At this role level, you will\n\n");
        for r in &profile.responsibilities {
            out.push_str(&format!("- {}\n", inline(r)));
        }
        out.push('\n');
    }
    if !profile.background.is_empty() {
        out.push_str("## Background\n\n| type | description |\n|---|---|\n");
        for b in &profile.background {
            out.push_str(&format!(
                "| {} | {}{} |\n",
                cell(&b.kind),
                cell(&b.text),
                mark_note(&b.inferred, &b.truncated)
            ));
        }
        out.push('\n');
    }
    if !profile.work_activities.is_empty() {
        out.push_str("## Work activities\n\n| title | details |\n|---|---|\n");
        for a in &profile.work_activities {
            out.push_str(&format!(
                "| {}{} | {} |\n",
                cell(&a.title),
                mark_note(&a.inferred, &a.truncated),
                cell(&a.details)
            ));
        }
        out.push('\n');
    }
    if !profile.knowledge_skills.is_empty() {
        out.push_str("## Knowledge and skills\n\n| title | required depth | type | details |\n|---|---|---|---|\n");
        for kind in SkillType::ALL {
            for s in profile.knowledge_skills.iter().filter(|s| s.kind == kind) {
                out.push_str(&format!(
                    "| {}{} | {} | {} | {} |\n",
                    cell(&s.title),
                    mark_note(&s.inferred, &s.truncated),
                    s.depth.map_or("none set", Depth::label),
                    kind.label(),
                    cell(&s.details)
                ));
            }
        }
        out.push('\n');
    }
    organisation_skills(&mut out, profile);
    let titles = profile.rated_titles();
    for (title, list) in [
        ("Training", &profile.training),
        (
            "Professional development activities",
            &profile.development_activities,
        ),
    ] {
        if list.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "## {title}\n\n| title | details | develops |\n|---|---|---|\n"
        ));
        for c in list {
            out.push_str(&format!(
                "| {}{} | {} | {} |\n",
                cell(&c.title),
                mark_note(&c.inferred, &c.truncated),
                cell(&c.details),
                develops(&titles, &c.develops)
            ));
        }
        out.push('\n');
    }
    if !profile.qualifications.is_empty() {
        out.push_str("## Qualifications\n\n| title | awarding body | develops |\n|---|---|---|\n");
        for q in &profile.qualifications {
            out.push_str(&format!(
                "| {}{} | {} | {} |\n",
                cell(&q.title),
                mark_note(&q.inferred, &q.truncated),
                cell(q.awarding_body.as_deref().unwrap_or("")),
                develops(&titles, &q.develops)
            ));
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
