//! The gates of `report` and `team` (`--fail-on-gap`, `--min-readiness`):
//! one standing in, which gates it breaches out. Pure; the commands say
//! what was breached and decide the exit status.

use crate::gap::Summary;
use crate::team::Member;

/// What the gates were asked to hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Gates {
    /// `--fail-on-gap`: any required item below its level or not rated.
    pub fail_on_gap: bool,
    /// `--min-readiness N`: readiness below N percent.
    pub min_readiness: Option<u8>,
}

/// The numbers a gate looks at, from one report or one team member.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Standing {
    pub gaps: usize,
    pub not_rated: usize,
    pub met: usize,
    pub with_requirement: usize,
}

impl From<&Summary> for Standing {
    fn from(s: &Summary) -> Self {
        Self {
            gaps: s.gaps,
            not_rated: s.not_rated,
            met: s.met,
            with_requirement: s.with_requirement,
        }
    }
}

impl From<&Member> for Standing {
    fn from(m: &Member) -> Self {
        Self {
            gaps: m.gaps,
            not_rated: m.not_rated,
            met: m.met,
            with_requirement: m.with_requirement,
        }
    }
}

/// Which gates one standing breaches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Breaches {
    /// `--fail-on-gap`: an unrated requirement is not known to be met, so
    /// it breaches too.
    pub gaps: bool,
    /// `--min-readiness`, compared in whole numbers (no rounding at the
    /// edge: 79.99% is below 80).
    pub readiness: bool,
}

impl Breaches {
    #[must_use]
    pub fn any(self) -> bool {
        self.gaps || self.readiness
    }
}

/// The gates `standing` breaches.
#[must_use]
pub fn judge(standing: Standing, gates: Gates) -> Breaches {
    Breaches {
        gaps: gates.fail_on_gap && (standing.gaps > 0 || standing.not_rated > 0),
        readiness: gates.min_readiness.is_some_and(|minimum| {
            standing.met * 100 < usize::from(minimum) * standing.with_requirement
        }),
    }
}

#[cfg(test)]
#[path = "gate_tests.rs"]
mod tests;
