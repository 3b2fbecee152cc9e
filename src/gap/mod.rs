//! Gap analysis: a profile and an assessment in, every item measured and
//! the headline numbers out ([`Measured`]). Pure: no I/O, no formatting
//! beyond level names. It never plans: `crate::report` composes these
//! numbers with the plan into the report that the JSON and YAML outputs
//! serialise (field names documented in the README and kept stable).

use serde::Serialize;

use crate::assessment::Assessment;
use crate::profile::{Category, ItemScale, Profile, RatedItem, Section, Source};

/// Where one item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GapStatus {
    /// Below the required level.
    Gap,
    /// Has a requirement but no rating yet.
    NotRated,
    /// At the required level.
    Met,
    /// Above the required level.
    Exceeds,
    /// The profile sets no level for it.
    NoRequirement,
}

impl GapStatus {
    /// The status's name in JSON and CSV (`not_rated`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Gap => "gap",
            Self::NotRated => "not_rated",
            Self::Met => "met",
            Self::Exceeds => "exceeds",
            Self::NoRequirement => "no_requirement",
        }
    }

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Gap => "gap",
            Self::NotRated => "not rated",
            Self::Met => "met",
            Self::Exceeds => "exceeds",
            Self::NoRequirement => "no requirement",
        }
    }
}

/// A level on an item's scale: its step number and how it reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LevelValue {
    pub step: u8,
    pub label: String,
}

/// The profile a report is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileRef {
    pub id: String,
    pub title: String,
    /// Where the profile's text came from and on what terms, as `show
    /// --format json` has it under the same name: a report that prints the
    /// text carries its attribution (SPEC §3, §9).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl ProfileRef {
    /// The id, title and source of `profile`.
    #[must_use]
    pub fn of(profile: &Profile) -> Self {
        Self {
            id: profile.id.clone(),
            title: profile.title.clone(),
            source: profile.source.clone(),
        }
    }
}

/// One rated item of the profile, measured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemGap {
    pub id: String,
    pub title: String,
    pub section: Section,
    pub category: Category,
    pub required: Option<LevelValue>,
    pub current: Option<LevelValue>,
    /// Steps short of the requirement on the item's own scale; 0 unless
    /// the status is `gap`.
    pub gap: u8,
    pub status: GapStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// How status and gap were worked out (with `--explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    /// What the required level means for this item (organisation skills
    /// whose profile says), as the profile words it; shown beside a gap.
    /// Not in the JSON, whose fields the schema of a report fixes.
    #[serde(skip)]
    pub required_means: Option<String>,
    /// Position in the profile, for stable ordering.
    #[serde(skip)]
    pub position: usize,
}

/// Gaps counted for one group of items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub name: String,
    /// Items in the group with a requirement.
    pub required: usize,
    /// Of them, the ones rated.
    pub rated: usize,
    pub gaps: usize,
    pub steps: u32,
}

/// The headline numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Rated items in the profile.
    pub items: usize,
    /// Items with a required level.
    pub with_requirement: usize,
    /// Items with a requirement that are met or exceeded.
    pub met: usize,
    /// `met / with_requirement` as a percentage, one decimal.
    pub readiness_percent: f64,
    /// Items below their required level.
    pub gaps: usize,
    /// Sum of the steps short over all gaps, whatever their scale. Kept for
    /// one release for the scripts that read it (SPEC §10); steps on two
    /// scales do not add up: read `by_scale`.
    pub gap_steps: u32,
    /// Items with a requirement and no rating.
    pub not_rated: usize,
    /// Items with a requirement that are rated.
    pub rated: usize,
    /// `met / rated` as a percentage, when some required items are not
    /// rated: how the rated part stands, as readiness cannot say yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met_of_rated_percent: Option<f64>,
    /// Gaps and steps short on each scale (depth; the organisation scale
    /// by its name, e.g. DDaT), never added across scales.
    pub by_scale: Vec<Tally>,
    pub by_section: Vec<Tally>,
    pub by_category: Vec<Tally>,
    /// How readiness and the totals were worked out (with `--explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Vec<String>>,
}

impl Summary {
    /// `met / with_requirement` as a percentage with one decimal (100
    /// when nothing is required).
    #[must_use]
    #[expect(clippy::cast_precision_loss, reason = "counts are far below 2^52")]
    pub fn percent(met: usize, with_requirement: usize) -> f64 {
        if with_requirement == 0 {
            100.0
        } else {
            (met as f64 * 1000.0 / with_requirement as f64).round() / 10.0
        }
    }
}

fn level_value(scale: ItemScale<'_>, step: u8) -> LevelValue {
    LevelValue {
        step,
        label: scale.label(step),
    }
}

/// The status of an item and its gap in steps, from the required and the
/// current step (either may be missing).
#[must_use]
pub fn status_of(required: Option<u8>, current: Option<u8>) -> (GapStatus, u8) {
    match (required, current) {
        (None, _) => (GapStatus::NoRequirement, 0),
        (Some(_), None) => (GapStatus::NotRated, 0),
        (Some(required), Some(current)) if current < required => {
            (GapStatus::Gap, required - current)
        }
        (Some(required), Some(current)) if current == required => (GapStatus::Met, 0),
        (Some(_), Some(_)) => (GapStatus::Exceeds, 0),
    }
}

fn measure_item(item: &RatedItem<'_>, assessment: &Assessment, explain: bool) -> ItemGap {
    let rating = assessment.ratings.get(item.id);
    let current = rating.map(|r| r.level.step());
    let (status, gap) = status_of(item.required, current);
    let label = |step| format!("{} ({step})", item.scale.label(step));
    let explanation = explain.then(|| match (item.required, current) {
        (None, Some(current)) => format!(
            "no required level in the profile; rated {}; not counted",
            label(current)
        ),
        (None, None) => "no required level and no rating; not counted".to_owned(),
        (Some(required), None) => format!(
            "required {}; no rating yet, so no gap is counted, but it is not met",
            label(required)
        ),
        (Some(required), Some(current)) => match status {
            GapStatus::Gap => format!(
                "required {} − current {} = {} short on the {} scale",
                label(required),
                label(current),
                crate::text::plural(usize::from(gap), "step"),
                item.scale.name()
            ),
            GapStatus::Met => format!("current {} = required: met", label(current)),
            _ => format!(
                "current {} > required {}: exceeds",
                label(current),
                label(required)
            ),
        },
    });
    ItemGap {
        id: item.id.to_owned(),
        title: item.title.to_owned(),
        section: item.section,
        category: item.category,
        required: item.required.map(|step| level_value(item.scale, step)),
        current: current.map(|step| level_value(item.scale, step)),
        gap,
        status,
        evidence: rating.and_then(|r| r.evidence.clone()),
        explanation,
        required_means: item
            .level_description
            .filter(|text| item.required.is_some() && !text.trim().is_empty())
            // Marked, as `show` marks it, where the source page cut it off.
            .map(|text| {
                if item.level_description_cut_off {
                    format!("{text} […]")
                } else {
                    text.to_owned()
                }
            }),
        position: item.position,
    }
}

fn tally<K: PartialEq>(
    items: &[ItemGap],
    name: String,
    key: impl Fn(&ItemGap) -> K,
    wanted: &K,
) -> Tally {
    let group: Vec<&ItemGap> = items.iter().filter(|i| key(i) == *wanted).collect();
    Tally {
        name,
        required: group.len(),
        rated: group
            .iter()
            .filter(|i| i.status != GapStatus::NotRated)
            .count(),
        gaps: group.iter().filter(|i| i.status == GapStatus::Gap).count(),
        steps: group.iter().map(|i| u32::from(i.gap)).sum(),
    }
}

/// Every item measured and the headline numbers, without the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    /// Items with a requirement, in report order.
    pub items: Vec<ItemGap>,
    pub no_requirement: Vec<ItemGap>,
    pub summary: Summary,
}

/// Every item of `profile` measured against `assessment`, and the
/// headline numbers; the development plan is built from these (see
/// `crate::report`).
#[must_use]
pub fn measure(profile: &Profile, assessment: &Assessment, explain: bool) -> Measured {
    let measured: Vec<ItemGap> = profile
        .rated_items()
        .iter()
        .map(|item| measure_item(item, assessment, explain))
        .collect();
    let (mut items, no_requirement): (Vec<ItemGap>, Vec<ItemGap>) = measured
        .into_iter()
        .partition(|i| i.status != GapStatus::NoRequirement);
    items.sort_by_key(|i| {
        let group = match i.status {
            GapStatus::Gap => 0,
            GapStatus::NotRated => 1,
            _ => 2,
        };
        (group, std::cmp::Reverse(i.gap), i.position)
    });
    let met = items
        .iter()
        .filter(|i| matches!(i.status, GapStatus::Met | GapStatus::Exceeds))
        .count();
    let with_requirement = items.len();
    let gaps = items.iter().filter(|i| i.status == GapStatus::Gap).count();
    let gap_steps: u32 = items.iter().map(|i| u32::from(i.gap)).sum();
    let readiness_percent = Summary::percent(met, with_requirement);
    let by_section = [Section::KnowledgeSkills, Section::OrganisationSkills]
        .iter()
        .map(|s| tally(&items, s.key().to_owned(), |i| i.section, s))
        .filter(|t| t.required > 0)
        .collect();
    let by_category = Category::ALL
        .iter()
        .map(|c| tally(&items, c.label().to_owned(), |i| i.category, c))
        .filter(|t| t.required > 0)
        .collect();
    let not_rated = items
        .iter()
        .filter(|i| i.status == GapStatus::NotRated)
        .count();
    let rated = with_requirement - not_rated;
    // Each section rates on one scale: knowledge and skills on depth,
    // organisation skills on the profile's organisation scale.
    let by_scale = [
        (Section::KnowledgeSkills, "depth"),
        (
            Section::OrganisationSkills,
            profile.organisation_scale.name(),
        ),
    ]
    .iter()
    .map(|(section, scale)| tally(&items, (*scale).to_owned(), |i| i.section, section))
    .filter(|t| t.required > 0)
    .collect();
    let explanation = explain.then(|| {
        vec![
            format!(
                "readiness = {met} met or exceeded ÷ {with_requirement} with a required level = {readiness_percent:.1}%"
            ),
            format!(
                "steps short = the sum of (required − current) over the {gaps} items below their level, on each scale apart; steps on two scales are not added"
            ),
            format!(
                "{} with a requirement not rated: not met, and no gap counted",
                crate::text::plural(not_rated, "item")
            ),
        ]
    });
    Measured {
        summary: Summary {
            items: with_requirement + no_requirement.len(),
            with_requirement,
            met,
            readiness_percent,
            gaps,
            gap_steps,
            not_rated,
            rated,
            met_of_rated_percent: (not_rated > 0 && rated > 0)
                .then(|| Summary::percent(met, rated)),
            by_scale,
            by_section,
            by_category,
            explanation,
        },
        items,
        no_requirement,
    }
}

#[cfg(test)]
pub(crate) mod tests;
