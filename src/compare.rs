//! Two assessments of one person against one profile, side by side:
//! progress over time, or self against manager. Pure.

use std::collections::HashMap;

use serde::Serialize;

use crate::assessment::{Assessment, Assessor, Date, Status};
use crate::gap::{ItemGap, LevelValue, ProfileRef};
use crate::profile::{Category, Profile};
use crate::report::{GapReport, analyse};
use crate::text::one_line;

/// How an item moved from the first assessment to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Improved,
    Regressed,
    Unchanged,
    /// Rated in only one of the two (or neither).
    NotCompared,
}

impl Direction {
    /// The direction's name in JSON and CSV (`not_compared`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::NotCompared => "not_compared",
            other => other.label(),
        }
    }

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Improved => "improved",
            Self::Regressed => "regressed",
            Self::Unchanged => "unchanged",
            Self::NotCompared => "not compared",
        }
    }
}

/// One of the two assessments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    pub file: String,
    pub person: String,
    pub assessor: Assessor,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessor_name: Option<String>,
    pub date: Date,
    pub status: Status,
    pub readiness_percent: f64,
    pub met: usize,
    pub with_requirement: usize,
}

/// One item in both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemChange {
    pub id: String,
    pub title: String,
    pub category: Category,
    pub required: Option<LevelValue>,
    pub before: Option<LevelValue>,
    pub after: Option<LevelValue>,
    /// Steps gained (negative: lost), when rated in both.
    pub change: Option<i16>,
    pub direction: Direction,
    /// Different assessors who differ by two or more steps: talk about it.
    pub discuss: bool,
}

/// Counts over all items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompareSummary {
    pub improved: usize,
    pub regressed: usize,
    pub unchanged: usize,
    pub not_compared: usize,
    /// Items flagged for discussion.
    pub discuss: usize,
}

/// The comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub profile: ProfileRef,
    pub before: Side,
    pub after: Side,
    /// Whether the two were made by different assessors (kind or name).
    pub different_assessors: bool,
    pub summary: CompareSummary,
    pub items: Vec<ItemChange>,
}

fn side(file: &str, assessment: &Assessment, report: &GapReport) -> Side {
    Side {
        file: file.to_owned(),
        person: assessment.person.clone(),
        assessor: assessment.assessor,
        assessor_name: assessment.assessor_name.clone(),
        date: assessment.date,
        status: assessment.status,
        readiness_percent: report.summary.readiness_percent,
        met: report.summary.met,
        with_requirement: report.summary.with_requirement,
    }
}

/// A report's items by id (the first of an id wins), so that each item is
/// looked up, not scanned for.
fn by_id(report: &GapReport) -> HashMap<&str, &ItemGap> {
    let mut items = HashMap::new();
    for item in report.items.iter().chain(&report.no_requirement) {
        items.entry(item.id.as_str()).or_insert(item);
    }
    items
}

/// The counts as people read them. Over time: improved, regressed,
/// unchanged. Between two assessors it is no progress but agreement: how
/// often the second rates higher or lower than the first, or agrees
/// (SPEC §5, compare).
#[must_use]
pub fn counts_line(c: &Comparison) -> String {
    let s = &c.summary;
    if !c.different_assessors {
        return format!(
            "{} improved · {} regressed · {} unchanged · {} not compared",
            s.improved, s.regressed, s.unchanged, s.not_compared
        );
    }
    let who = |side: &Side| match (&side.assessor, &side.assessor_name) {
        (assessor, Some(name)) => format!("{} ({})", one_line(name), assessor.label()),
        (Assessor::SelfAssessed, None) => format!("{} (self)", one_line(&side.person)),
        (assessor, None) => format!("the {}", assessor.label()),
    };
    format!(
        "{} rates {} items higher than {}, {} lower, {} the same · {} not compared · {} to discuss",
        who(&c.after),
        s.improved,
        who(&c.before),
        s.regressed,
        s.unchanged,
        s.not_compared,
        s.discuss
    )
}

/// Compares `before` with `after` (both against `profile`).
#[must_use]
pub fn compare(
    profile: &Profile,
    before: (&str, &Assessment),
    after: (&str, &Assessment),
) -> Comparison {
    let first = analyse(profile, before.1, None, false);
    let second = analyse(profile, after.1, None, false);
    let different_assessors =
        before.1.assessor != after.1.assessor || before.1.assessor_name != after.1.assessor_name;
    let (first_items, second_items) = (by_id(&first), by_id(&second));
    let find =
        |by_id: &HashMap<&str, &ItemGap>, id: &str| by_id.get(id).and_then(|i| i.current.clone());
    let items: Vec<ItemChange> = profile
        .rated_items()
        .iter()
        .map(|item| {
            let was = find(&first_items, item.id);
            let now = find(&second_items, item.id);
            let change = match (&was, &now) {
                (Some(a), Some(b)) => Some(i16::from(b.step) - i16::from(a.step)),
                _ => None,
            };
            let direction = match change {
                None => Direction::NotCompared,
                Some(c) if c > 0 => Direction::Improved,
                Some(c) if c < 0 => Direction::Regressed,
                Some(_) => Direction::Unchanged,
            };
            ItemChange {
                id: item.id.to_owned(),
                title: item.title.to_owned(),
                category: item.category,
                required: item.required.map(|step| LevelValue {
                    step,
                    label: item.scale.label(step),
                }),
                before: was,
                after: now,
                change,
                direction,
                discuss: different_assessors && change.is_some_and(|c| c.abs() >= 2),
            }
        })
        .collect();
    let count = |d: Direction| items.iter().filter(|i| i.direction == d).count();
    let summary = CompareSummary {
        improved: count(Direction::Improved),
        regressed: count(Direction::Regressed),
        unchanged: count(Direction::Unchanged),
        not_compared: count(Direction::NotCompared),
        discuss: items.iter().filter(|i| i.discuss).count(),
    };
    Comparison {
        profile: ProfileRef::of(profile),
        before: side(before.0, before.1, &first),
        after: side(after.0, after.1, &second),
        different_assessors,
        summary,
        items,
    }
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;
