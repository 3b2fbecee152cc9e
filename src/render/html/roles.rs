//! `roles --format html`: how well the person fits each profile, as a bar
//! and its figure, ranked; then the profiles rated too little to rank,
//! each with the command that rates what is missing.

use maud::{Markup, html};

use super::{page, text};
use crate::career::{Fit, RolesReport, Standing};
use crate::text::plural;

/// The roles report as one page.
#[must_use]
pub(crate) fn roles(report: &RolesReport) -> String {
    let title = format!("Roles for {}", report.person);
    let poor: Vec<_> = report.rows(Standing::PoorlyCovered).collect();
    let not_rated = report.rows(Standing::NotRated).count();
    let body = html! {
        h1 { (text(&title)) }
        p.meta { (report.assessor.label()) " assessment · newest " (report.newest.to_string())
            " · " (plural(report.files.len(), "file")) }
        h2 { "Fit by profile" }
        @if report.rows(Standing::Ranked).next().is_none() {
            p { "No profile has at least half of its required items rated." }
        } @else {
            (ranked(report))
        }
        @if !poor.is_empty() {
            h2 { "Rated too little to rank" }
            table {
                thead { tr {
                    th scope="col" { "Profile" }
                    th scope="col" { "Rated" }
                    th scope="col" { "To rate" }
                    th scope="col" { "Command" }
                } }
                tbody { @for row in &poor {
                    tr {
                        th scope="row" { bdi { (text(&row.fit.title)) } br; code { (text(&row.fit.id)) } }
                        td.num { (row.fit.covered) "/" (row.fit.required) }
                        td.num { (row.fit.to_rate.len()) }
                        td { @if let Some(command) = &row.rate_command { code { (text(command)) } } }
                    }
                } }
            }
        }
        @if not_rated > 0 {
            p.muted { @if not_rated == 1 { "1 profile has none of its required items rated." }
                @else { (not_rated) " profiles have none of their required items rated." } }
        }
        @if report.left_out > 0 {
            p.muted { (plural(report.left_out, "more profile")) " left out by --top." }
        }
    };
    page(&title, &body)
}

fn tally(required: usize, gaps: usize, steps: u32) -> String {
    if required == 0 {
        "–".to_owned()
    } else {
        format!("{gaps} ({steps} steps)")
    }
}

/// The readiness bar: a track of 100 with the figure filled.
fn fit_bar(fit: &Fit) -> Markup {
    // Whole per cent: the bar shows the figure beside it, not more.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let percent = fit.readiness_percent.clamp(0.0, 100.0).round() as u8;
    super::bar(Some(percent), None, 100)
}

fn ranked(report: &RolesReport) -> Markup {
    html! {
        table.roles {
            thead { tr {
                th scope="col" { "#" }
                th scope="col" { "Profile" }
                th scope="col" { "Ready" }
                th scope="col" { "Rated" }
                th scope="col" { "Gaps: knowledge and skills" }
                th scope="col" { "Gaps: organisation skills" }
            } }
            tbody {
                @for (index, row) in report.rows(Standing::Ranked).enumerate() {
                    @let fit = &row.fit;
                    tr {
                        td.num { (index + 1) }
                        th scope="row" { bdi { (text(&fit.title)) } br; code { (text(&fit.id)) } }
                        td { span.figure { (format!("{:.1}%", fit.readiness_percent)) } (fit_bar(fit)) }
                        td.num { (fit.covered) "/" (fit.required) }
                        td.num { (tally(fit.depth.required, fit.depth.gaps, fit.depth.steps)) }
                        td.num { (tally(fit.organisation.required, fit.organisation.gaps, fit.organisation.steps)) }
                    }
                }
            }
        }
    }
}
