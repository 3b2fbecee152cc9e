//! `team --format html`: per profile (or role, with `--by-role`) the
//! people, a heat map with items as rows and people as columns (each cell
//! coloured and marked: met, one step short, two or more short, not
//! rated), coverage per item as a bar, single points of failure and items
//! met by nobody, and the training needs ranked.

use maud::{Markup, html};

use super::{page, text};
use crate::gap::GapStatus;
use crate::team::{Member, ProfileTeam, TeamItem, TeamReport};

/// People in one heat map before it gives way to the summary columns, as
/// the terminal does: past this, a column per person is unreadable.
const HEAT_MAP_PEOPLE: usize = 200;

/// The team report as one page.
#[must_use]
pub(crate) fn team(report: &TeamReport) -> String {
    let title = match report.profiles.as_slice() {
        [one] => format!("Team report: {}", heading(one)),
        _ => "Team report".to_owned(),
    };
    let body = html! {
        h1 { (text(&title)) }
        p.meta {
            (crate::text::plural(report.files_used, "file")) " used"
            @if !report.skipped.is_empty() { ", " (report.skipped.len()) " skipped" }
        }
        @for team in &report.profiles {
            // Headings in order: a section per profile, its parts below.
            h2 { (text(&heading(team))) }
            (people(team))
            (heat_map(team))
            (findings(team))
        }
        @for line in crate::render::team_attributions(report) {
            footer { (text(&line)) }
        }
    };
    page(&title, &body)
}

fn heading(team: &ProfileTeam) -> String {
    match &team.role {
        Some(role) => format!("{role}, every level"),
        None => team.profile.title.clone(),
    }
}

fn people(team: &ProfileTeam) -> Markup {
    let by_role = team.role.is_some();
    html! {
        h3 { (team.people) " " (if team.people == 1 { "person" } else { "people" }) " in "
            (crate::text::plural(team.members.len(), "assessment")) }
        table {
            thead { tr {
                th scope="col" { "Person" }
                th scope="col" { (if by_role { "Level" } else { "Assessor" }) }
                th scope="col" { "Date" }
                th scope="col" { "Status" }
                th scope="col" { "Rated" }
                th scope="col" { "Ready" }
                th scope="col" { "Gaps" }
            } }
            tbody {
                @for m in &team.members {
                    tr {
                        th scope="row" { bdi { (text(&m.label())) } }
                        td {
                            @if by_role { (text(team.level_label(m).unwrap_or("?"))) }
                            @else {
                                (m.assessor.label())
                                @if let Some(name) = &m.assessor_name { " (" (text(name)) ")" }
                            }
                        }
                        td.date { (m.date.to_string()) }
                        td { (m.status.label()) }
                        td.num { (m.rated_of_required()) }
                        td.num { (format!("{:.1}%", m.readiness_percent)) }
                        td.num { (m.gaps) }
                    }
                }
            }
        }
    }
}

/// A heat-map cell: a class for the colour and a mark for the reader.
fn cell(item: &TeamItem, member: &Member, index: usize) -> (&'static str, String) {
    if !item.asked(member) {
        return ("na", "–".to_owned());
    }
    let c = item.levels[index];
    match (c.current, c.status) {
        (None, _) => ("unrated", "·".to_owned()),
        (Some(_), GapStatus::Gap) if c.gap >= 2 => ("short2", format!("−{}", c.gap)),
        (Some(_), GapStatus::Gap) => ("short1", format!("−{}", c.gap)),
        (Some(_), GapStatus::Met | GapStatus::Exceeds) => ("ok", "✓".to_owned()),
        (Some(step), _) => ("plain", step.to_string()),
    }
}

fn heat_map(team: &ProfileTeam) -> Markup {
    let side_by_side = team.members.len() <= HEAT_MAP_PEOPLE;
    html! {
        h3 { "Skills × people" }
        p.muted {
            "✓ met or exceeded; −1 one step short; −2 or more: two or more short; · not rated"
            @if team.role.is_some() { "; – not asked of their level" }
        }
        div.scroll {
            // Past 25 people the cells and names shrink, so 50 still fit.
            table.heat.dense[team.members.len() > 25] {
                thead { tr {
                    th scope="col" { "Item" }
                    @if side_by_side {
                        @for m in &team.members { th.person scope="col" { span { bdi { (text(&m.label())) } } } }
                    }
                    th scope="col" { "Coverage" }
                } }
                tbody {
                    @for item in &team.items {
                        tr {
                            th scope="row" {
                                bdi { (text(&item.title)) }
                                @if item.single_point_of_failure.is_some() { " " span.gap title="single point of failure" { "(only one)" } }
                                @if item.uncovered { " " span.gap { "(nobody)" } }
                            }
                            @if side_by_side {
                                @for (index, member) in team.members.iter().enumerate() {
                                    @let (class, mark) = cell(item, member, index);
                                    td class={ "cell " (class) } { (mark) }
                                }
                            }
                            td { (coverage(item)) }
                        }
                    }
                }
            }
        }
        @if !side_by_side {
            p.muted { (team.members.len()) " assessments are too many to draw side by side: "
                "`--format csv` has every level." }
        }
    }
}

/// "3/5" beside a bar of how many meet it of how many rated it.
fn coverage(item: &TeamItem) -> Markup {
    if item.required.is_none() {
        return html! { "–" };
    }
    let rated = u8::try_from(item.rated_by.min(255)).unwrap_or(u8::MAX);
    let met = u8::try_from(item.met_by.min(255)).unwrap_or(u8::MAX);
    html! {
        span.num { (item.met_by) "/" (item.rated_by) }
        (super::bar(Some(met), None, rated.max(1)))
    }
}

fn findings(team: &ProfileTeam) -> Markup {
    let (spof, uncovered) = crate::render::team_gaps(team, text);
    html! {
        h3 { "Single points of failure" }
        @if spof.is_empty() { p { "None." } } @else { ul { @for s in &spof { li.gap { (s) } } } }
        h3 { "Met by nobody" }
        @if uncovered.is_empty() { p { "None." } } @else { ul { @for u in &uncovered { li.gap { (u) } } } }
        h3 { "Team training needs" }
        @if team.training_needs.is_empty() {
            p { (crate::render::no_training_needs(team)) }
        } @else {
            ol {
                @for need in &team.training_needs {
                    li {
                        strong { (text(&need.title)) } " (" (need.kind.label()) "): helps "
                        (need.people.len()) " " (if need.people.len() == 1 { "person" } else { "people" })
                        " with " (crate::text::plural(need.gaps, "gap"))
                        br;
                        span.muted { (text(&need.people.join(", "))) }
                    }
                }
            }
        }
    }
}
