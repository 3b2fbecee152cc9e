//! `roles` as Markdown: the same parts as the terminal's, as tables.

use super::cell;
use crate::career::{RolesReport, Standing};
use crate::text::plural;

/// `roles` as GitHub-flavoured Markdown.
#[must_use]
pub fn roles(report: &RolesReport) -> String {
    let mut out = format!(
        "# Roles for {}\n\n{} assessment · newest {} · {}\n\n",
        cell(&report.person),
        report.assessor.label(),
        report.newest,
        plural(report.files.len(), "file")
    );
    if report.rows(Standing::Ranked).next().is_none() {
        out.push_str("No profile has at least half of its required items rated.\n");
    } else {
        out.push_str("| # | profile | title | ready | rated | gaps: knowledge and skills | gaps: organisation skills |\n|---:|---|---|---:|---:|---|---|\n");
    }
    for (index, row) in report.rows(Standing::Ranked).enumerate() {
        let fit = &row.fit;
        let tally = |required: usize, gaps: usize, steps: u32| {
            if required == 0 {
                "-".to_owned()
            } else {
                format!("{gaps} ({steps} steps)")
            }
        };
        out.push_str(&format!(
            "| {} | {} | {} | {:.1}% | {}/{} | {} | {} |\n",
            index + 1,
            cell(&fit.id),
            cell(&fit.title),
            fit.readiness_percent,
            fit.covered,
            fit.required,
            tally(fit.depth.required, fit.depth.gaps, fit.depth.steps),
            tally(
                fit.organisation.required,
                fit.organisation.gaps,
                fit.organisation.steps
            ),
        ));
    }
    let poor: Vec<_> = report.rows(Standing::PoorlyCovered).collect();
    if !poor.is_empty() {
        out.push_str("\n## Rated too little to rank\n\n| profile | rated | to rate | command |\n|---|---:|---:|---|\n");
        for row in poor {
            let fit = &row.fit;
            out.push_str(&format!(
                "| {} | {}/{} | {} | `{}` |\n",
                cell(&fit.id),
                fit.covered,
                fit.required,
                fit.to_rate.len(),
                cell(row.rate_command.as_deref().unwrap_or(""))
            ));
        }
    }
    let not_rated = report.rows(Standing::NotRated).count();
    if not_rated > 0 {
        out.push_str(&format!(
            "\n{} none of {} required items rated.\n",
            if not_rated == 1 {
                "1 profile has".to_owned()
            } else {
                format!("{not_rated} profiles have")
            },
            if not_rated == 1 { "its" } else { "their" }
        ));
    }
    if report.left_out > 0 {
        out.push_str(&format!(
            "\n{} left out by --top.\n",
            crate::text::plural(report.left_out, "more profile")
        ));
    }
    out
}
