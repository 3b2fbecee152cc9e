//! The composed gap report of one assessment: the measured items and the
//! headline numbers from `gap`, and the development plan `plan` builds
//! from them. It owns the composition only; measuring is `gap`'s and
//! planning is `plan`'s, so neither of those depends on the other's
//! caller.

use serde::Serialize;

use crate::assessment::{Assessment, Assessor, Date, ProfileChange, Status};
use crate::gap::{ItemGap, Measured, ProfileRef, Summary, measure};
use crate::plan::{Plan, plan};
use crate::profile::Profile;

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

/// Measures `assessment` against `profile`. Ratings of items the profile
/// does not have are ignored (see [`ProfileChange`]).
#[must_use]
pub fn analyse(
    profile: &Profile,
    assessment: &Assessment,
    change: Option<ProfileChange>,
    explain: bool,
) -> GapReport {
    let Measured {
        items,
        no_requirement,
        summary,
    } = measure(profile, assessment, explain);
    let plan = plan(profile, &items, explain);
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
