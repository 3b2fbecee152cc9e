//! `roles` in the terminal: who and from which files, the ranked profiles
//! as a table (readiness, coverage, gaps and steps per scale, never summed
//! across scales), then those the ratings cover too little, each with the
//! command that rates the rest, and a count of those not rated at all.

use comfy_table::Cell;

use super::{finish, new_table};
use crate::career::{RoleRow, RolesReport, Standing};
use crate::render::Layout;
use crate::text::{one_line, plural};

/// `roles` as text for a terminal `layout` wide.
#[must_use]
pub fn roles(report: &RolesReport, layout: Layout) -> String {
    let mut out = format!(
        "Roles for {}, {} assessment · newest {} · {}\n\n",
        one_line(&report.person),
        report.assessor.label(),
        report.newest,
        plural(report.files.len(), "file")
    );
    let ranked: Vec<&RoleRow> = report.rows(Standing::Ranked).collect();
    if ranked.is_empty() {
        out.push_str("No profile has at least half of its required items rated.\n");
    } else {
        // In rank order; no rank column, so that the longest framework id
        // and every figure fit 80 columns unwrapped.
        let mut table = new_table(layout, vec!["PROFILE", "READY", "RATED", "SKILLS", "ORG"]);
        // Ids are what people type; the figures are short: none wraps.
        for index in 0..5 {
            if let Some(column) = table.column_mut(index) {
                column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
            }
        }
        for row in &ranked {
            let fit = &row.fit;
            table.add_row(vec![
                Cell::new(one_line(&fit.id)),
                Cell::new(format!("{:.1}%", fit.readiness_percent)),
                Cell::new(format!("{}/{}", fit.covered, fit.required)),
                Cell::new(tally(fit.depth.required, fit.depth.gaps, fit.depth.steps)),
                Cell::new(tally(
                    fit.organisation.required,
                    fit.organisation.gaps,
                    fit.organisation.steps,
                )),
            ]);
        }
        out.push_str(&finish(&mut table));
        out.push_str(
            "READY: required items met. RATED: of them, how many are rated. SKILLS, ORG:\ngaps (steps short) in knowledge and skills and in organisation skills; - none\nrequired.\n",
        );
    }
    let poor: Vec<&RoleRow> = report.rows(Standing::PoorlyCovered).collect();
    if !poor.is_empty() {
        out.push_str(
            "\nRated too little to rank (under half their required items), closest first:\n",
        );
        for row in poor.iter().take(POORLY_COVERED_LISTED) {
            let fit = &row.fit;
            out.push_str(&format!(
                "  {}: {} of {} rated; rate the rest with\n",
                one_line(&fit.id),
                fit.covered,
                fit.required,
            ));
            // A command is never broken across lines: it is pasted whole.
            if let Some(command) = &row.rate_command {
                out.push_str(&format!("    {command}\n"));
            }
        }
        if poor.len() > POORLY_COVERED_LISTED {
            out.push_str(&format!(
                "  and {} more (--format json lists them all)\n",
                poor.len() - POORLY_COVERED_LISTED
            ));
        }
    }
    let not_rated = report.rows(Standing::NotRated).count();
    if not_rated > 0 {
        out.push_str(&format!(
            "\n{} none of the skills rated (--format json lists them).\n",
            if not_rated == 1 {
                "1 profile needs".to_owned()
            } else {
                format!("{not_rated} profiles need")
            }
        ));
    }
    out
}

/// How many of the profiles rated too little are listed, with commands.
const POORLY_COVERED_LISTED: usize = 5;

/// Gaps and steps on one scale, or "-" where the profile asks nothing on it.
fn tally(required: usize, gaps: usize, steps: u32) -> String {
    if required == 0 {
        "-".to_owned()
    } else if gaps == 0 {
        "0".to_owned()
    } else {
        format!("{gaps} ({steps})")
    }
}
