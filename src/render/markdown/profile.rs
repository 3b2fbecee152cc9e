//! `show --format markdown`: every section of a profile.

use std::collections::HashMap;

use super::{cell, code, inline, paragraphs};
use crate::profile::{Depth, Field, Profile, SkillType};

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

/// Every section of `profile` as Markdown.
#[must_use]
#[expect(
    clippy::too_many_lines,
    reason = "one section after another, in page order"
)]
pub fn profile(profile: &Profile) -> String {
    let mut out = format!("# {}\n\n", inline(&profile.title));
    let mut facts = vec![format!("**id:** {}", code(&profile.id))];
    facts.extend(
        profile
            .family
            .iter()
            .map(|f| format!("**family:** {}", inline(f))),
    );
    facts.extend(
        profile
            .level
            .iter()
            .map(|l| format!("**level:** {}", inline(l))),
    );
    if let Some(source) = &profile.source {
        match &source.url {
            // A URL from a file is shown, never linked (SPEC §6).
            Some(url) => facts.push(format!(
                "**source:** {} ({})",
                inline(&source.name),
                inline(url)
            )),
            None => facts.push(format!("**source:** {}", inline(&source.name))),
        }
    }
    out.push_str(&facts.join(" · "));
    out.push_str("\n\n## Summary\n\n");
    out.push_str(&paragraphs(&profile.summary));
    out.push_str("\n\n");
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
    if !profile.organisation_skills.is_empty() {
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
        for s in &profile.organisation_skills {
            out.push_str(&format!(
                "| {} | {}{} | {} | {} | {} |\n",
                match &s.category {
                    Some(category) => format!("{} » {}", cell(&s.framework), cell(category)),
                    None => cell(&s.framework),
                },
                cell(&s.title),
                mark_note(&s.inferred, &s.truncated),
                cell(&s.description),
                cell(&scale.level_label(s.level)),
                cell(&s.level_description)
            ));
        }
        out.push('\n');
    }
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
