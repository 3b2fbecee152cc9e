//! `team`'s gates: who breached `--fail-on-gap` or `--min-readiness`, said
//! on stderr, and the exit status.

use crate::exit::ExitStatus;
use crate::gate::{Breaches, Gates, Standing, judge};
use crate::team::{Member, TeamReport};
use crate::text::{one_line, plural};

/// Exit 1 when anyone has a gap (or an unrated requirement) with
/// `--fail-on-gap`, or anyone's readiness is below `--min-readiness`. Each
/// gate breached says how many assessments breached it, and whose.
pub(super) fn gates(report: &TeamReport, gates: Gates) -> ExitStatus {
    let judged: Vec<(&Member, Breaches)> = report
        .profiles
        .iter()
        .flat_map(|p| &p.members)
        .map(|m| (m, judge(Standing::from(m), gates)))
        .collect();
    let breaching = |which: fn(&Breaches) -> bool| -> Vec<&Member> {
        judged
            .iter()
            .filter(|(_, b)| which(b))
            .map(|(m, _)| *m)
            .collect()
    };
    let with_gaps = breaching(|b| b.gaps);
    if !with_gaps.is_empty() {
        say!(
            "gate: {} with gaps or unrated requirements (--fail-on-gap): {}",
            assessments(with_gaps.len()),
            who(&with_gaps, |m| {
                let mut parts = Vec::new();
                if m.gaps > 0 {
                    parts.push(plural(m.gaps, "gap"));
                }
                if m.not_rated > 0 {
                    parts.push(format!("{} unrated", m.not_rated));
                }
                parts.join(", ")
            })
        );
    }
    let below = breaching(|b| b.readiness);
    if let (false, Some(minimum)) = (below.is_empty(), gates.min_readiness) {
        say!(
            "gate: {} below {minimum}% readiness (--min-readiness): {}",
            assessments(below.len()),
            who(&below, |m| format!("{:.1}%", m.readiness_percent))
        );
    }
    if with_gaps.is_empty() && below.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Findings
    }
}

/// Whose assessments a gate names before "and N more": enough to act on,
/// few enough for one line of a CI log.
const GATE_NAMES_SHOWN: usize = 10;

/// "Alex Morgan: 16.7%; Lee Wong (manager): 55.0%; and 3 more".
fn who(members: &[&Member], detail: impl Fn(&Member) -> String) -> String {
    let mut shown: Vec<String> = members
        .iter()
        .take(GATE_NAMES_SHOWN)
        .map(|m| format!("{}: {}", one_line(&m.label()), detail(m)))
        .collect();
    if members.len() > GATE_NAMES_SHOWN {
        shown.push(format!("and {} more", members.len() - GATE_NAMES_SHOWN));
    }
    shown.join("; ")
}

/// "1 assessment", "7 assessments".
fn assessments(n: usize) -> String {
    plural(n, "assessment")
}
