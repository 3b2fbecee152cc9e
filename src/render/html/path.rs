//! `path --format html`: the levels of the role the page names, in ladder
//! order, with the person's own marked "you are here"; then each next
//! level (or the `--to` profile) with the skills it asks beyond.

use maud::{Markup, html};

use super::{page, text};
use crate::career::PathReport;
use crate::career::path::{Next, Place};

/// The path report as one page.
#[must_use]
pub(crate) fn path(report: &PathReport) -> String {
    let title = format!("Path for {}", report.person);
    let body = html! {
        h1 { (text(&title)) }
        p.meta { (report.assessor.label()) " assessment · newest " (report.newest.to_string()) }
        h2 { "Where you stand" }
        (ladder(report))
        @for next in &report.next { (next_part(report, next)) }
        @if let Some(line) = &report.attribution { footer { (text(line)) } }
    };
    page(&title, &body)
}

fn place_facts(place: &Place) -> Markup {
    html! {
        @if let Some(rank) = place.rank {
            "rank " (rank) @if let Some(track) = place.track { " " (track.name()) } " · "
        }
        @if place.required == 0 { "requires no level of any item" } @else {
            (format!("{:.1}%", place.readiness_percent)) " ready (" (place.met) " of "
            (place.required) " required met)"
        }
    }
}

/// The levels the report names, lowest rank first, the person's own
/// marked with words, not colour alone.
fn ladder(report: &PathReport) -> Markup {
    let mut places: Vec<(&Place, &'static str)> = vec![(&report.now, "you are here")];
    if let Some(ready) = &report.ready_for {
        places.push((ready, "fully ready for"));
    }
    for next in &report.next {
        if !places.iter().any(|(p, _)| p.id == next.place.id) {
            places.push((
                &next.place,
                if next.track == "to" {
                    "measured against"
                } else {
                    "next"
                },
            ));
        }
    }
    // Then every other level of the role, where the report has them. of the role, where the report has them.
    for place in &report.ladder {
        if !places.iter().any(|(p, _)| p.id == place.id) {
            places.push((place, "level"));
        }
    }
    places.sort_by_key(|(p, _)| p.rank.map_or(u16::MAX, u16::from));
    html! {
        ol.ladder {
            @for (place, mark) in places.iter().rev() {
                @let here = place.id == report.now.id;
                li class=[here.then_some("here")] {
                    @if here { strong.mark { "▶ " (mark) ": " } } @else { span.mark { (mark) ": " } }
                    strong { (text(&place.title)) } " " code { (text(&place.id)) }
                    br; span.muted { (place_facts(place)) }
                }
            }
        }
    }
}

fn next_part(report: &PathReport, next: &Next) -> Markup {
    let heading = match next.track {
        "to" => "Measured against".to_owned(),
        track => format!("Next on the {track} track"),
    };
    html! {
        h2 { (text(&heading)) ": " (text(&next.place.title)) }
        p.muted { code { (text(&next.place.id)) } " · " (place_facts(&next.place)) }
        @if next.place.id == report.now.id {
            p { (crate::render::PATH_SAME_LEVEL) }
        } @else if next.steps.is_empty() {
            p { "It asks no skill beyond what the current level asks." }
        } @else {
            table {
                thead { tr {
                    th scope="col" { "Skill" }
                    th scope="col" { "Needs" }
                    th scope="col" { "Required now" }
                    th scope="col" { "Yours" }
                    th scope="col" { "Steps short" }
                    th scope="col" { "What the level means" }
                } }
                tbody { @for step in &next.steps {
                    tr {
                        th scope="row" { bdi { (text(&step.title)) } }
                        td { (text(&step.required)) }
                        td { @match &step.now_required { Some(r) => { (text(r)) }, None => { em { "new" } } } }
                        td { @match &step.current { Some(c) => { (text(c)) }, None => { span.unrated { "· not rated" } } } }
                        td.num { @if step.current.is_some() {
                            @if step.gap > 0 { span.gap { "▼ " (step.gap) } } @else { span.met { "✓ 0" } }
                        } }
                        td { @if let Some(means) = &step.means { (super::lines(means)) } }
                    }
                } }
            }
        }
    }
}
