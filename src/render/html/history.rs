//! `history --format html`: per person a line chart of readiness over
//! their assessments (each point labelled with its figure), a table of
//! each dated assessment, and the items that moved at each.

use maud::{Markup, html};

use super::{page, text};
use crate::history::{HistoryReport, PersonHistory, Way};
use crate::text::plural;

const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 200.0;
/// Room for the axis labels on the left and below, and for the labels of
/// the first and last points.
const LEFT: f64 = 48.0;
const RIGHT: f64 = 40.0;
const TOP: f64 = 18.0;
const BOTTOM: f64 = 24.0;

/// The history as one page.
#[must_use]
pub(crate) fn history(report: &HistoryReport) -> String {
    let title = match report.people.as_slice() {
        [one] => format!("History of {}", one.person),
        _ => "History".to_owned(),
    };
    let mut attributions: Vec<String> = Vec::new();
    for person in &report.people {
        if let Some(line) = crate::render::attribution(person.profile.source.as_ref())
            && !attributions.contains(&line)
        {
            attributions.push(line);
        }
    }
    let several = report.people.len() > 1;
    let body = html! {
        h1 { (text(&title)) }
        @if report.people.is_empty() { p { "No assessment to show." } }
        @for person in &report.people { (person_part(person, several)) }
        @if !report.skipped.is_empty() {
            h2 { (plural(report.skipped.len(), "file")) " skipped" }
            ul { @for skip in &report.skipped { li { code { (text(&skip.file)) } ": " (text(&skip.reason)) } } }
        }
        @for line in &attributions { footer { (text(line)) } }
    };
    page(&title, &body)
}

fn person_part(person: &PersonHistory, several: bool) -> Markup {
    html! {
        @if several { h2 { (text(&person.person)) } }
        p.meta {
            (person.assessor.label()) " assessments"
            @if let Some(name) = &person.assessor_name { " by " (text(name)) }
            " · profile " (text(&person.profile.title)) " (" code { (text(&person.profile.id)) } ")"
            ", as of the newest assessment"
        }
        p { "Trend: " (text(&person.trend)) }
        @if several { h3 { "Readiness over time" } } @else { h2 { "Readiness over time" } }
        (chart(person))
        @if several { h3 { "Assessments" } } @else { h2 { "Assessments" } }
        (table(person))
        @if several { h3 { "What moved" } } @else { h2 { "What moved" } }
        (moved(person, several))
    }
}

fn n(value: f64) -> String {
    format!("{value:.1}")
}

/// Readiness as a line over the assessments in order; one assessment is
/// a single dot. Only numbers we format enter the SVG.
fn chart(person: &PersonHistory) -> Markup {
    let points = &person.assessments;
    let rated = points.iter().any(|p| p.rated > 0);
    let span = WIDTH - LEFT - RIGHT;
    let x = |i: usize| {
        if points.len() <= 1 {
            LEFT + span / 2.0
        } else {
            #[allow(clippy::cast_precision_loss)] // a handful of assessments
            let at = i as f64 / (points.len() - 1) as f64;
            LEFT + at * span
        }
    };
    let y =
        |percent: f64| TOP + (1.0 - percent.clamp(0.0, 100.0) / 100.0) * (HEIGHT - TOP - BOTTOM);
    let line: String = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{},{}", n(x(i)), n(y(p.readiness_percent))))
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        figure.chart {
            svg.history width=(WIDTH) height=(HEIGHT) viewBox={ "0 0 " (WIDTH) " " (HEIGHT) }
                role="img" aria-label="Readiness at each assessment, 0 to 100 per cent" {
                @for tick in [0.0_f64, 50.0, 100.0] {
                    line.grid x1=(LEFT) x2=(WIDTH - RIGHT) y1=(n(y(tick))) y2=(n(y(tick))) {}
                    text.axis x=(LEFT - 6.0) y=(n(y(tick) + 4.0)) text-anchor="end" { (format!("{tick:.0}%")) }
                }
                @if rated {
                    @if points.len() > 1 { polyline.trend points=(line) {} }
                    @for (i, p) in points.iter().enumerate() {
                        circle.point cx=(n(x(i))) cy=(n(y(p.readiness_percent))) r="4" {}
                        text.value x=(n(x(i))) y=(n(y(p.readiness_percent) - 8.0)) text-anchor="middle" {
                            (format!("{:.1}%", p.readiness_percent))
                        }
                        text.axis x=(n(x(i))) y=(n(HEIGHT - 6.0)) text-anchor="middle" { (p.date.to_string()) }
                    }
                } @else {
                    text.axis x=(n(WIDTH / 2.0)) y=(n(HEIGHT / 2.0)) text-anchor="middle" {
                        "Nothing rated yet"
                    }
                }
            }
            figcaption.muted {
                @if rated { "Readiness at each assessment, in date order." }
                @else { "Nothing rated in any assessment yet: no readiness to draw." }
            }
        }
    }
}

fn table(person: &PersonHistory) -> Markup {
    html! {
        table.assessments {
            thead { tr {
                th scope="col" { "Date" }
                th scope="col" { "Readiness" }
                th scope="col" { "Rated" }
                th scope="col" { "Gaps" }
                th scope="col" { "Moved up" }
                th scope="col" { "Moved down" }
                th scope="col" { "Status" }
                th scope="col" { "File" }
            } }
            tbody {
                @for (index, point) in person.assessments.iter().enumerate() {
                    @let (up, down) = point.ups_and_downs();
                    tr {
                        th.date scope="row" { (point.date.to_string()) }
                        td.num { (format!("{:.1}%", point.readiness_percent)) " ("
                            (point.met) " of " (point.with_requirement) ")" }
                        td.num { (point.rated) " of " (point.with_requirement) }
                        td.num { (point.gaps) }
                        td.num { @if index > 0 { "▲ " (up) } }
                        td.num { @if index > 0 { "▼ " (down) } }
                        td { (point.status.label()) }
                        td { code { (text(&point.file)) } }
                    }
                }
            }
        }
    }
}

fn moved(person: &PersonHistory, several: bool) -> Markup {
    let changes: Vec<_> = person
        .assessments
        .windows(2)
        .filter_map(|pair| match pair {
            [before, point] if !point.moved.is_empty() || point.profile_changed.is_some() => {
                Some((before, point))
            }
            _ => None,
        })
        .collect();
    html! {
        @if changes.is_empty() { p { "Nothing moved between assessments." } }
        @for (before, point) in changes {
            @let heading = html! { (point.date.to_string()) ", since " (before.date.to_string()) };
            @if several { h4 { (heading) } } @else { h3 { (heading) } }
            p.muted { (plural(point.compared, "item")) " rated in both." }
            ul {
                @if let Some(change) = &point.profile_changed {
                    li { "Profile changed: " (text(&change.from.title)) " → " (text(&change.to.title))
                        "; the skills both share are compared." }
                }
                @for m in &point.moved {
                    li {
                        @match m.way {
                            Way::Up => span.met { "▲ up" },
                            Way::Down => span.gap { "▼ down" },
                        }
                        ": " (text(&m.title)) ": " (text(&m.from.label)) " → " (text(&m.to.label))
                    }
                }
            }
        }
    }
}
