//! `team --format markdown`: every profile's people, the full skills ×
//! people matrix, coverage and training needs.

use super::{cell, inline};
use crate::gap::GapStatus;
use crate::team::{Member, ProfileTeam, TeamItem, TeamReport};

fn level(item: &TeamItem, member: &Member, index: usize) -> String {
    let c = item.levels[index];
    if !item.asked(member) {
        return "not asked".to_owned();
    }
    let Some(step) = c.current else {
        return "not rated".to_owned();
    };
    let label = cell(
        item.level_labels
            .get(usize::from(step))
            .map_or("", String::as_str),
    );
    match c.status {
        GapStatus::Gap => format!("{label} (−{})", c.gap),
        GapStatus::Met | GapStatus::Exceeds => format!("{label} ✓"),
        _ => label,
    }
}

/// The team report as GitHub-flavoured Markdown.
#[must_use]
pub fn team(report: &TeamReport) -> String {
    let mut out = String::new();
    for team in &report.profiles {
        let title = match &team.role {
            Some(role) => format!("{}, every level", inline(role)),
            None => inline(&team.profile.title),
        };
        let by_role = team.role.is_some();
        let steps = inline(&crate::render::steps_heading(team));
        out.push_str(&format!(
            "# Team report: {title}\n\n{} {} in {}{}.\n\n## People\n\n| person |{} assessor | date | status | rated | readiness | gaps | {steps} |\n|---|{}---|---|---|---:|---:|---:|---:|\n",
            team.people,
            if team.people == 1 { "person" } else { "people" },
            crate::text::plural(team.members.len(), "assessment"),
            crate::render::levels_present(team, inline),
            if by_role { " level |" } else { "" },
            if by_role { "---|" } else { "" },
        ));
        for m in &team.members {
            let level = if by_role {
                format!(" {} |", cell(team.level_label(m).unwrap_or("?")))
            } else {
                String::new()
            };
            out.push_str(&format!(
                "| {} |{level} {}{} | {} | {} | {} | {:.1}% | {} | {} |\n",
                cell(&m.person),
                m.assessor.label(),
                m.assessor_name
                    .as_deref()
                    .map(|n| format!(" ({})", cell(n)))
                    .unwrap_or_default(),
                m.date,
                m.status.label(),
                m.rated_of_required(),
                m.readiness_percent,
                m.gaps,
                crate::render::steps_by_scale(m)
            ));
        }
        out.push_str("\n## Skills × people\n\n| item | required |");
        for m in &team.members {
            out.push_str(&format!(" {} |", cell(&m.label())));
        }
        out.push_str(" met by |\n|---|---|");
        for _ in &team.members {
            out.push_str("---|");
        }
        out.push_str("---:|\n");
        for item in &team.items {
            out.push_str(&format!(
                "| {} | {} |",
                cell(&item.title),
                required(team, item)
            ));
            for (index, member) in team.members.iter().enumerate() {
                out.push_str(&format!(" {} |", level(item, member, index)));
            }
            let met = if item.required.is_some() {
                format!("{} of {} rated", item.met_by, item.rated_by)
            } else {
                "—".to_owned()
            };
            out.push_str(&format!(" {met} |\n"));
        }
        findings(&mut out, team);
        next_level(&mut out, team);
        out.push('\n');
    }
    out.push_str(&format!(
        "{} used",
        crate::text::plural(report.files_used, "file")
    ));
    if !report.skipped.is_empty() {
        out.push_str(&format!(", {} skipped", report.skipped.len()));
    }
    for s in &report.superseded {
        out.push_str(&format!(
            "; {} superseded by {}",
            inline(&s.file),
            inline(&s.by)
        ));
    }
    out.push_str(".\n");
    for line in crate::render::team_attributions(report) {
        out.push_str(&format!("\n{}\n", inline(&line)));
    }
    out
}

/// The item's required level; by role, what each level present asks
/// ("Junior: Awareness · Senior: Practitioner").
fn required(team: &ProfileTeam, item: &TeamItem) -> String {
    if item.required_by.is_empty() {
        return item
            .required
            .as_ref()
            .map_or_else(String::new, |r| cell(&r.label));
    }
    item.required_by
        .iter()
        .map(|r| {
            let level = team
                .levels
                .iter()
                .find(|l| l.id == r.level)
                .map_or(r.level.as_str(), |l| l.label.as_str());
            let required = r
                .required
                .as_ref()
                .map_or("no level required", |v| &v.label);
            format!("{}: {}", cell(level), cell(required))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// With `--next-level`: each person's readiness for the next levels.
fn next_level(out: &mut String, team: &crate::team::ProfileTeam) {
    match team.on_a_ladder {
        None => {}
        Some(false) => out.push_str(&format!(
            "\n**Next level:** `{}` is on no role's ladder.\n",
            cell(&team.profile.id)
        )),
        Some(true) => {
            out.push_str("\n## Ready for the next level\n\n| person | next level | readiness | met of required |\n|---|---|---:|---:|\n");
            for member in &team.members {
                let Some(levels) = &member.next_level else {
                    continue;
                };
                if levels.is_empty() {
                    out.push_str(&format!(
                        "| {} | the top of the ladder | | |\n",
                        cell(&member.label())
                    ));
                }
                for place in levels {
                    let readiness = if place.covered == 0 {
                        "not rated".to_owned()
                    } else {
                        format!("{:.1}%", place.readiness_percent)
                    };
                    out.push_str(&format!(
                        "| {} | {} | {readiness} | {} of {} |\n",
                        cell(&member.label()),
                        cell(&place.title),
                        place.met,
                        place.required
                    ));
                }
            }
        }
    }
}

/// Single points of failure, uncovered items and training needs.
fn findings(out: &mut String, team: &crate::team::ProfileTeam) {
    let (spof, uncovered) = crate::render::team_gaps(team, inline);
    out.push_str(&format!(
        "\n**Single points of failure:** {}\n\n**Met by nobody:** {}\n\n## Team training needs\n\n",
        if spof.is_empty() {
            "none".to_owned()
        } else {
            spof.join(", ")
        },
        if uncovered.is_empty() {
            "none".to_owned()
        } else {
            uncovered.join(", ")
        }
    ));
    if team.training_needs.is_empty() {
        out.push_str(crate::render::no_training_needs(team));
        out.push('\n');
        return;
    }
    out.push_str(
        "| rank | component | kind | people helped | gaps | who |\n|---:|---|---|---:|---:|---|\n",
    );
    for need in &team.training_needs {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            need.rank,
            cell(&need.title),
            need.kind.label(),
            need.people.len(),
            need.gaps,
            need.people
                .iter()
                .map(|p| cell(p))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
}
