//! The composed gap report of one assessment: the measured items and the
//! headline numbers from `gap`, and the development plan `plan` builds
//! from them. It owns the composition only; measuring is `gap`'s and
//! planning is `plan`'s, so neither of those depends on the other's
//! caller.

use serde::Serialize;

use crate::assessment::{Assessment, Assessor, Date, ProfileChange, Status};
use crate::gap::{ItemGap, Measured, ProfileRef, Summary, measure};
use crate::plan::{Cycle, DEFAULT_CYCLE, DEFAULT_MAX_ACTIONS, Period, Plan, plan};
use crate::profile::{LevelTexts, NoLevelTexts, Profile};

/// The gap report of one assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapReport {
    pub profile: ProfileRef,
    pub person: String,
    pub assessor: Assessor,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessor_name: Option<String>,
    pub date: Date,
    pub status: Status,
    pub summary: Summary,
    /// Items with a requirement: gaps (largest first), then not rated, then
    /// met and exceeded, each in profile order within.
    pub items: Vec<ItemGap>,
    /// Items the profile sets no level for, with their rating.
    pub no_requirement: Vec<ItemGap>,
    pub plan: Plan,
    /// Present when the profile changed since the assessment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile_change: Option<ProfileChange>,
    /// The command that rates the required items not rated yet, when
    /// there are some and the caller knows the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_command: Option<String>,
}

impl GapReport {
    /// The report, with the command that rates what it lacks (set only
    /// when some required item is not rated).
    #[must_use]
    pub fn rated_by(self, command: impl FnOnce() -> String) -> Self {
        let rate_command = (self.summary.not_rated > 0).then(command);
        Self {
            rate_command,
            ..self
        }
    }
}

/// What the plan is asked for (SPEC §10): how many actions a cycle
/// holds, when the cycle ends, and where the framework's level texts are
/// (what will show an action done).
#[derive(Debug)]
pub struct Advice<'t> {
    pub max_actions: usize,
    /// The review date (`--review-by`), else the cycle's length after the
    /// assessment's date (`--cycle`; six months unless it says).
    pub review_by: Option<Date>,
    pub cycle: Period,
    pub texts: &'t dyn LevelTexts,
}

impl<'t> Advice<'t> {
    /// Five actions, due six months after the assessment.
    #[must_use]
    pub fn standard(texts: &'t dyn LevelTexts) -> Self {
        Self {
            max_actions: DEFAULT_MAX_ACTIONS,
            review_by: None,
            cycle: DEFAULT_CYCLE,
            texts,
        }
    }
}

/// Measures `assessment` against `profile`, with the standard plan and no
/// framework level texts. Ratings of items the profile does not have are
/// ignored (see [`ProfileChange`]).
#[must_use]
pub fn analyse(
    profile: &Profile,
    assessment: &Assessment,
    change: Option<ProfileChange>,
    explain: bool,
) -> GapReport {
    analyse_advised(
        profile,
        assessment,
        change,
        explain,
        &Advice::standard(&NoLevelTexts),
    )
}

/// Measures `assessment` against `profile` and plans as `advice` asks.
#[must_use]
pub fn analyse_advised(
    profile: &Profile,
    assessment: &Assessment,
    change: Option<ProfileChange>,
    explain: bool,
    advice: &Advice<'_>,
) -> GapReport {
    let Measured {
        items,
        no_requirement,
        summary,
    } = measure(profile, assessment, explain);
    // Past the calendar's end (an assessment dated in 9999): its last day.
    let review_by = advice
        .review_by
        .or_else(|| advice.cycle.after(assessment.date))
        .unwrap_or(Date(jiff::civil::Date::MAX));
    let plan = plan(
        profile,
        &items,
        &Cycle {
            max_actions: advice.max_actions,
            review_by,
            explain,
            texts: advice.texts,
        },
    );
    GapReport {
        profile: ProfileRef::of(profile),
        person: assessment.person.clone(),
        assessor: assessment.assessor,
        assessor_name: assessment.assessor_name.clone(),
        date: assessment.date,
        status: assessment.status,
        summary,
        items,
        no_requirement,
        plan,
        profile_change: change,
        rate_command: None,
    }
}
