//! What `roles` prints: one person, the files read, and every profile's
//! fit in the list's order.

use serde::Serialize;

use super::fit::{Fit, Standing};
use super::ratings::Ratings;
use crate::assessment::{Assessor, Date};

/// One row of the roles list: a profile's fit, and for a profile the
/// ratings cover too little, the command that rates the rest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleRow {
    #[serde(flatten)]
    pub fit: Fit,
    /// `assess … --only …` for what is left to rate (poorly covered only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_command: Option<String>,
}

/// The roles list of one person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RolesReport {
    pub person: String,
    pub assessor: Assessor,
    /// The files whose ratings were read.
    pub files: Vec<String>,
    /// The newest of their dates.
    pub newest: Date,
    /// Ranked, then poorly covered, then not rated.
    pub profiles: Vec<RoleRow>,
    /// Profiles `--top` left out of `profiles`.
    #[serde(skip_serializing_if = "is_zero")]
    pub left_out: usize,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes a reference
fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl RolesReport {
    /// The report of `fits` (already in order), with `rate_command` for
    /// each row that has one.
    #[must_use]
    pub fn new(
        ratings: &Ratings,
        assessor: Assessor,
        files: Vec<String>,
        fits: Vec<Fit>,
        rate_command: impl Fn(&Fit) -> Option<String>,
    ) -> Self {
        Self {
            person: ratings.person.clone(),
            assessor,
            files,
            newest: ratings.newest,
            profiles: fits
                .into_iter()
                .map(|fit| RoleRow {
                    rate_command: rate_command(&fit),
                    fit,
                })
                .collect(),
            left_out: 0,
        }
    }

    /// The report, saying `count` profiles were left out by `--top`.
    #[must_use]
    pub fn leaving_out(self, count: usize) -> Self {
        Self {
            left_out: count,
            ..self
        }
    }

    /// The rows of one standing.
    pub fn rows(&self, standing: Standing) -> impl Iterator<Item = &RoleRow> {
        self.profiles
            .iter()
            .filter(move |row| row.fit.standing == standing)
    }
}

/// What `path` prints: where the person stands, and what each next level
/// (or the `--to` profile) asks beyond it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathReport {
    pub person: String,
    pub assessor: Assessor,
    pub files: Vec<String>,
    pub newest: Date,
    /// The level the person is at: the profile of their newest file.
    pub now: super::path::Place,
    /// The highest level of the same role the person is fully ready for,
    /// when it is above `now`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ready_for: Option<super::path::Place>,
    pub next: Vec<super::path::Next>,
    /// Every level of the person's role, lowest rank first, each with the
    /// person's readiness for it (empty with `--to`, or off any ladder).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ladder: Vec<super::path::Place>,
    /// The licence statement of the texts quoted, where one applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
}
