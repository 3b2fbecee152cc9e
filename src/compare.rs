//! Two assessments of one person against one profile, side by side:
//! progress over time (one assessor at two dates), or agreement between
//! two assessors (self against manager), which is never called progress
//! (SPEC §5, compare; §10). Pure.

use std::collections::HashMap;

use serde::Serialize;

use crate::assessment::{Assessment, Assessor, Date, Status};
use crate::gap::{ItemGap, LevelValue, ProfileRef};
use crate::profile::{Category, Profile};
use crate::report::{GapReport, analyse};
use crate::text::one_line;

/// How an item moved from the first assessment to the second (one
/// assessor over time), or how the second assessor's rating stands to the
/// first's (two assessors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Improved,
    Regressed,
    Unchanged,
    /// Two assessors: the second rates it higher than the first.
    Higher,
    /// Two assessors: the second rates it lower than the first.
    Lower,
    /// Two assessors: both rate it the same.
    Agree,
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
            Self::Higher => "higher",
            Self::Lower => "lower",
            Self::Agree => "agree",
            Self::NotCompared => "not compared",
        }
    }

    /// Whether the two ratings differ (both rated, not the same).
    #[must_use]
    pub fn differs(self) -> bool {
        matches!(
            self,
            Self::Improved | Self::Regressed | Self::Higher | Self::Lower
        )
    }

    fn of(change: Option<i16>, different_assessors: bool) -> Self {
        match (change, different_assessors) {
            (None, _) => Self::NotCompared,
            (Some(c), false) if c > 0 => Self::Improved,
            (Some(c), false) if c < 0 => Self::Regressed,
            (Some(_), false) => Self::Unchanged,
            (Some(c), true) if c > 0 => Self::Higher,
            (Some(c), true) if c < 0 => Self::Lower,
            (Some(_), true) => Self::Agree,
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
    /// Two assessors: items the second rates higher (`None` over time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub higher: Option<usize>,
    /// Two assessors: items the second rates lower.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lower: Option<usize>,
    /// Two assessors: items both rate the same.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agree: Option<usize>,
    /// Items rated higher in the second than in the first. Between two
    /// assessors the same count as `higher`, kept under this name for one
    /// release (SPEC §10); likewise `regressed` (`lower`) and `unchanged`
    /// (`agree`).
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
    /// Between two assessors, the items to discuss first (the largest
    /// difference first), then the rest in profile order.
    pub items: Vec<ItemChange>,
    /// `--changed-only`: the table and Markdown list only the items rated
    /// differently; the counts, JSON, YAML and CSV keep every item.
    #[serde(skip)]
    pub changed_only: bool,
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

impl Comparison {
    /// What each side is called beside the other: between two assessors,
    /// the kind of assessor ("self", "manager", "peer"), or their name when
    /// both are of one kind (two peers); over time, "before" and "after".
    /// Raw text: a renderer neutralises it.
    #[must_use]
    pub fn labels(&self) -> (String, String) {
        if !self.different_assessors {
            return ("before".to_owned(), "after".to_owned());
        }
        let (first, second) = (&self.before, &self.after);
        if first.assessor != second.assessor {
            return (
                first.assessor.label().to_owned(),
                second.assessor.label().to_owned(),
            );
        }
        let name = |side: &Side, fallback: &str| {
            side.assessor_name
                .clone()
                .unwrap_or_else(|| format!("{fallback} {}", side.assessor.label()))
        };
        (name(first, "first"), name(second, "second"))
    }

    /// What the second assessor's rating of `item` is beside the first's:
    /// "agree", "manager higher", "manager lower"; over time, the
    /// direction ("improved"). Raw text.
    #[must_use]
    pub fn verdict(&self, item: &ItemChange) -> String {
        match item.direction {
            Direction::Higher | Direction::Lower => {
                format!("{} {}", self.labels().1, item.direction.label())
            }
            other => other.label().to_owned(),
        }
    }

    /// The items the table and Markdown list: all, or with
    /// `--changed-only` the ones rated differently.
    pub fn listed(&self) -> impl Iterator<Item = &ItemChange> {
        self.items
            .iter()
            .filter(|item| !self.changed_only || item.direction.differs())
    }
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
    let second = who(&c.after);
    // A line opens with a capital, "The manager rates…".
    let mut letters = second.chars();
    let second = letters.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(letters).collect::<String>()
    });
    format!(
        "{second} rates {} higher than {}, {} lower, {} the same · {} not compared · {} to discuss",
        crate::text::plural(s.higher.unwrap_or(s.improved), "item"),
        who(&c.before),
        s.lower.unwrap_or(s.regressed),
        s.agree.unwrap_or(s.unchanged),
        s.not_compared,
        s.discuss
    )
}

/// With `--changed-only`, what the table and Markdown leave out, counted:
/// unchanged (or agreed) items are counted, not listed.
#[must_use]
pub fn not_listed_line(c: &Comparison) -> Option<String> {
    if !c.changed_only {
        return None;
    }
    let same = if c.different_assessors {
        "rated the same by both"
    } else {
        "unchanged"
    };
    Some(format!(
        "Not listed (--changed-only): {} {same}, {} not compared.",
        c.summary.unchanged, c.summary.not_compared
    ))
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
            let direction = Direction::of(change, different_assessors);
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
    // Items to discuss first, the widest apart first; the sort is stable,
    // so the rest keep the profile's order.
    let mut items = items;
    items.sort_by_key(|i| {
        if i.discuss {
            -i.change.map_or(0, i16::abs)
        } else {
            0
        }
    });
    let count = |pick: fn(i16) -> bool| items.iter().filter(|i| i.change.is_some_and(pick)).count();
    let (up, down, same) = (count(|c| c > 0), count(|c| c < 0), count(|c| c == 0));
    let between = |n: usize| different_assessors.then_some(n);
    let summary = CompareSummary {
        higher: between(up),
        lower: between(down),
        agree: between(same),
        improved: up,
        regressed: down,
        unchanged: same,
        not_compared: items
            .iter()
            .filter(|i| i.direction == Direction::NotCompared)
            .count(),
        discuss: items.iter().filter(|i| i.discuss).count(),
    };
    Comparison {
        profile: ProfileRef::of(profile),
        before: side(before.0, before.1, &first),
        after: side(after.0, after.1, &second),
        different_assessors,
        summary,
        items,
        changed_only: false,
    }
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;
