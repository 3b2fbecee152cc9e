//! `compare --format html`: both sides, the counts line, the items to
//! discuss first (the comparison already orders them), then every item
//! with both levels and a word for how they stand ("agree", "manager
//! lower", "improved").

use maud::{Markup, html};

use super::{page, text};
use crate::compare::{Comparison, Direction, ItemChange, Side};
use crate::gap::LevelValue;

/// The comparison as one page.
#[must_use]
pub(crate) fn compare(c: &Comparison) -> String {
    let title = format!("Comparison: {}", c.profile.title);
    let (first, second) = c.labels();
    // Between two assessors, what to talk about; over time, what changed.
    let (first_heading, to_discuss, none): (_, Vec<&ItemChange>, _) = if c.different_assessors {
        (
            "To discuss first",
            c.listed().filter(|i| i.discuss).collect(),
            "Nothing to discuss.",
        )
    } else {
        (
            "What changed",
            c.listed().filter(|i| i.direction.differs()).collect(),
            "Nothing changed.",
        )
    };
    let body = html! {
        h1 { (text(&title)) }
        ul.sides {
            li { strong { (text(&first)) ": " } (side(&c.before)) }
            li { strong { (text(&second)) ": " } (side(&c.after)) }
        }
        p.headline { (text(&crate::compare::counts_line(c))) }
        h2 { (first_heading) }
        @if to_discuss.is_empty() { p { (none) } } @else {
            ul.discuss { @for item in &to_discuss {
                li { strong { bdi { (text(&item.title)) } } " — " (text(&first)) " " (level(item.before.as_ref()))
                    ", " (text(&second)) " " (level(item.after.as_ref())) ": " (verdict(c, item)) }
            } }
        }
        h2 { "Every item" }
        (items(c, &first, &second))
        @if let Some(line) = crate::compare::not_listed_line(c) { p.muted { (text(&line)) } }
        @if let Some(line) = crate::render::attribution(c.profile.source.as_ref()) {
            footer { (text(&line)) }
        }
    };
    page(&title, &body)
}

fn side(s: &Side) -> Markup {
    html! {
        bdi { (text(&s.person)) } " (" (s.assessor.label())
        @if let Some(name) = &s.assessor_name { ": " (text(name)) }
        "), " (s.date.to_string()) ", " (s.status.label()) ": readiness "
        (format!("{:.1}%", s.readiness_percent))
    }
}

fn level(value: Option<&LevelValue>) -> Markup {
    html! {
        @match value {
            Some(v) => { (text(&v.label)) }
            None => { span.unrated { "· not rated" } }
        }
    }
}

/// The verdict with a mark and a class for its colour: the word carries
/// the meaning, the colour only repeats it.
fn verdict(c: &Comparison, item: &ItemChange) -> Markup {
    let (class, mark) = match item.direction {
        Direction::Improved | Direction::Higher => ("met", "▲"),
        Direction::Regressed | Direction::Lower => ("gap", "▼"),
        Direction::Unchanged | Direction::Agree => ("same", "="),
        Direction::NotCompared => ("unrated", "·"),
    };
    html! {
        span class=(class) { (mark) " " (text(&c.verdict(item)))
            @if let Some(n) = item.change.filter(|n| *n != 0) {
                " (" (if n > 0 { format!("+{n}") } else { format!("−{}", n.unsigned_abs()) }) ")"
            }
        }
    }
}

fn items(c: &Comparison, first: &str, second: &str) -> Markup {
    html! {
        table.compare {
            thead { tr {
                th scope="col" { "Item" }
                th scope="col" { "Required" }
                th scope="col" { bdi { (text(first)) } }
                th scope="col" { bdi { (text(second)) } }
                th scope="col" { (if c.different_assessors { "Agreement" } else { "Change" }) }
                th scope="col" { "Discuss" }
            } }
            tbody {
                @for item in c.listed() {
                    tr class=[item.direction.differs().then_some("differs")] {
                        th scope="row" { bdi { (text(&item.title)) } }
                        td { @if let Some(r) = &item.required { (text(&r.label)) } @else { "–" } }
                        td { (level(item.before.as_ref())) }
                        td { (level(item.after.as_ref())) }
                        td { (verdict(c, item)) }
                        td { @if item.discuss { strong { "discuss" } } }
                    }
                }
            }
        }
    }
}
