//! `team` in the terminal, after the matrix: single points of failure,
//! items met by nobody, the team's training needs, and with
//! `--next-level` who is ready to step up.

use super::wrap;
use crate::render::Layout;
use crate::team::ProfileTeam;
use crate::text::{one_line, plural};

/// With `--next-level`: each person's readiness for the next levels of
/// the profile's role.
pub(super) fn next_level(out: &mut String, team: &ProfileTeam, layout: Layout) {
    let (paint, width) = (layout.paint, layout.width);
    match team.on_a_ladder {
        None => return,
        Some(false) => {
            out.push('\n');
            wrap(
                out,
                &format!(
                    "{}: `{}` is on no role's ladder",
                    paint.heading("Next level"),
                    one_line(&team.profile.id)
                ),
                width,
                "",
                "  ",
            );
            return;
        }
        Some(true) => {}
    }
    out.push('\n');
    wrap(
        out,
        &paint.heading("Ready for the next level"),
        width,
        "",
        "",
    );
    for member in &team.members {
        let Some(levels) = &member.next_level else {
            continue;
        };
        let text = if levels.is_empty() {
            "the top of the ladder".to_owned()
        } else {
            levels
                .iter()
                .map(|place| {
                    if place.covered == 0 {
                        format!("{} not rated", one_line(&place.title))
                    } else {
                        format!(
                            "{} {:.1}% ({} of {})",
                            one_line(&place.title),
                            place.readiness_percent,
                            place.met,
                            place.required
                        )
                    }
                })
                .collect::<Vec<_>>()
                .join(" · ")
        };
        wrap(
            out,
            &format!("{}: {text}", one_line(&member.label())),
            width,
            "  ",
            "    ",
        );
    }
}

/// Single points of failure, uncovered items and training needs.
pub(super) fn findings(out: &mut String, team: &ProfileTeam, layout: Layout) {
    let (paint, width) = (layout.paint, layout.width);
    let (spof, uncovered) = crate::render::team_gaps(team, one_line);
    let none = || "none".to_owned();
    wrap(
        out,
        &format!(
            "{}: {}",
            paint.heading("Single points of failure"),
            if spof.is_empty() {
                none()
            } else {
                spof.join(", ")
            }
        ),
        width,
        "",
        "  ",
    );
    wrap(
        out,
        &format!(
            "{}: {}",
            paint.heading("Met by nobody"),
            if uncovered.is_empty() {
                none()
            } else {
                uncovered.join(", ")
            }
        ),
        width,
        "",
        "  ",
    );
    out.push('\n');
    out.push_str(&paint.heading("Team training needs"));
    out.push('\n');
    if team.training_needs.is_empty() {
        wrap(
            out,
            crate::render::no_training_needs(team),
            width,
            "  ",
            "  ",
        );
    }
    let shown = &team.training_needs[..team.training_needs.len().min(10)];
    let last = shown.iter().map(|need| need.rank).max().unwrap_or(0);
    for need in shown {
        let (lead, indent) = super::numbered(need.rank, last);
        wrap(
            out,
            &format!(
                "{} ({}): helps {} {} with {}",
                one_line(&need.title),
                need.kind.label(),
                need.people.len(),
                if need.people.len() == 1 {
                    "person"
                } else {
                    "people"
                },
                plural(need.gaps, "gap")
            ),
            width,
            &lead,
            &indent,
        );
        let mut who: Vec<String> = need.people.iter().take(8).map(|p| one_line(p)).collect();
        if need.people.len() > 8 {
            who.push(format!("and {} more", need.people.len() - 8));
        }
        wrap(out, &who.join(", "), width, &indent, &indent);
    }
    if team.training_needs.len() > 10 {
        out.push_str(&format!(
            "  … {} more in --format json or markdown\n",
            team.training_needs.len() - 10
        ));
    }
}
