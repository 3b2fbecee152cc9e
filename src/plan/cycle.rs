//! A plan's cycle: how many actions it holds and when they are due
//! (`--max-actions`, `--review-by`, `--cycle`).

use crate::assessment::Date;
use crate::profile::LevelTexts;

/// What the plan is asked for: how many actions a cycle holds, when the
/// cycle ends, where the framework's level texts are, and whether to say
/// why each action is where it is.
#[derive(Debug)]
pub struct Cycle<'t> {
    pub max_actions: usize,
    pub review_by: Date,
    pub explain: bool,
    pub texts: &'t dyn LevelTexts,
}

/// The actions a cycle holds unless `--max-actions` says otherwise.
pub const DEFAULT_MAX_ACTIONS: usize = 5;

/// A length of time: `--cycle 6m`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub count: u16,
    pub unit: Unit,
}

/// The units of a [`Period`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Days,
    Weeks,
    Months,
    Years,
}

/// A cycle's length unless `--cycle` or `--review-by` says otherwise:
/// six months from the assessment.
pub const DEFAULT_CYCLE: Period = Period {
    count: 6,
    unit: Unit::Months,
};

impl Period {
    /// The date this long after `date` (a month after 31 January is the
    /// last day of February); none past the calendar's end.
    #[must_use]
    pub fn after(self, date: Date) -> Option<Date> {
        let n = i64::from(self.count);
        let span = match self.unit {
            Unit::Days => jiff::Span::new().try_days(n),
            Unit::Weeks => jiff::Span::new().try_weeks(n),
            Unit::Months => jiff::Span::new().try_months(n),
            Unit::Years => jiff::Span::new().try_years(n),
        }
        .ok()?;
        date.0.checked_add(span).ok().map(Date)
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            Unit::Days => 'd',
            Unit::Weeks => 'w',
            Unit::Months => 'm',
            Unit::Years => 'y',
        };
        write!(f, "{}{unit}", self.count)
    }
}

impl std::str::FromStr for Period {
    type Err = String;

    /// "6m", "2w", "90d", "1y": a whole number above 0 and a unit.
    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let split = text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len());
        let (digits, unit) = text.split_at(split);
        let unit = match unit {
            "d" => Unit::Days,
            "w" => Unit::Weeks,
            "m" => Unit::Months,
            "y" => Unit::Years,
            "" => return Err("give a unit: d, w, m or y (6m is six months)".to_owned()),
            other => {
                return Err(format!(
                    "`{}` is not a unit: use d, w, m or y (6m is six months)",
                    crate::text::one_line(other)
                ));
            }
        };
        let count: u16 = digits.parse().map_err(|_| {
            if digits.is_empty() {
                "give a whole number of days, weeks, months or years, e.g. 6m".to_owned()
            } else {
                "at most 65535 days, weeks, months or years".to_owned()
            }
        })?;
        if count == 0 {
            return Err(
                "a cycle of 0 has no time for anything: give 1 or more, e.g. 6m".to_owned(),
            );
        }
        Ok(Self { count, unit })
    }
}
