//! The development plan: which of the profile's training, PDA and
//! qualification components to take, in which order, to close the gaps.
//! Pure. Greedy set cover: each step takes the component that closes the
//! most gap steps still open (ties: the first in the profile), until no
//! component closes any; gaps nothing develops are listed apart.

use serde::Serialize;

use crate::gap::{GapStatus, ItemGap};
use crate::profile::Profile;

/// The three kinds of development component.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComponentKind {
    Training,
    DevelopmentActivity,
    Qualification,
}

impl ComponentKind {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Training => "training",
            Self::DevelopmentActivity => "PDA",
            Self::Qualification => "qualification",
        }
    }
}

/// A gap, as the plan names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapRef {
    pub id: String,
    pub title: String,
    /// Steps short.
    pub gap: u8,
}

/// One component to take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanStep {
    /// 1 for the first to take.
    pub rank: usize,
    pub id: String,
    pub title: String,
    pub kind: ComponentKind,
    /// Every gap this component develops, largest first.
    pub addresses: Vec<GapRef>,
    /// The gaps it closes that no earlier step already closes.
    pub closes: Vec<GapRef>,
    /// Gap steps it closes that no earlier step already closes.
    pub new_steps: u32,
    /// Why it was chosen at this point (with `--explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

/// The development plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub steps: Vec<PlanStep>,
    /// Gaps that no component of the profile develops.
    pub no_route: Vec<GapRef>,
}

struct Candidate<'p> {
    id: &'p str,
    title: &'p str,
    kind: ComponentKind,
    develops: &'p [String],
}

fn candidates(profile: &Profile) -> Vec<Candidate<'_>> {
    let training = profile.training.iter().map(|c| Candidate {
        id: &c.id,
        title: &c.title,
        kind: ComponentKind::Training,
        develops: &c.develops,
    });
    let activities = profile.development_activities.iter().map(|c| Candidate {
        id: &c.id,
        title: &c.title,
        kind: ComponentKind::DevelopmentActivity,
        develops: &c.develops,
    });
    let qualifications = profile.qualifications.iter().map(|c| Candidate {
        id: &c.id,
        title: &c.title,
        kind: ComponentKind::Qualification,
        develops: &c.develops,
    });
    training.chain(activities).chain(qualifications).collect()
}

fn gap_ref(item: &ItemGap) -> GapRef {
    GapRef {
        id: item.id.clone(),
        title: item.title.clone(),
        gap: item.gap,
    }
}

/// Plans the components that close the gaps among `items`.
#[must_use]
pub fn plan(profile: &Profile, items: &[ItemGap], explain: bool) -> Plan {
    let gaps: Vec<&ItemGap> = items
        .iter()
        .filter(|i| i.status == GapStatus::Gap)
        .collect();
    let candidates = candidates(profile);
    let mut open: Vec<&ItemGap> = gaps.clone();
    let mut taken = vec![false; candidates.len()];
    let mut steps = Vec::new();
    let gain = |c: &Candidate, open: &[&ItemGap]| -> u32 {
        open.iter()
            .filter(|g| c.develops.contains(&g.id))
            .map(|g| u32::from(g.gap))
            .sum()
    };
    loop {
        // Strictly greater wins, so ties go to the first in profile order.
        let mut best: Option<(usize, u32)> = None;
        let mut runner_up: Option<(usize, u32)> = None;
        for (index, candidate) in candidates.iter().enumerate() {
            if taken[index] {
                continue;
            }
            let value = gain(candidate, &open);
            if best.is_none_or(|(_, b)| value > b) {
                runner_up = best;
                best = Some((index, value));
            } else if runner_up.is_none_or(|(_, r)| value > r) {
                runner_up = Some((index, value));
            }
        }
        let Some((index, new_steps)) = best.filter(|(_, value)| *value > 0) else {
            break;
        };
        taken[index] = true;
        let chosen = &candidates[index];
        let closes: Vec<GapRef> = open
            .iter()
            .filter(|g| chosen.develops.contains(&g.id))
            .map(|g| gap_ref(g))
            .collect();
        let explanation = explain.then(|| {
            let next = match runner_up.filter(|(_, v)| *v > 0) {
                Some((i, v)) if v == new_steps => format!(
                    "; {} would close as many, but comes later in the profile",
                    candidates[i].title
                ),
                Some((i, v)) => {
                    format!("; the next best, {}, would close {v}", candidates[i].title)
                }
                None => String::new(),
            };
            format!(
                "closes {new_steps} of the gap steps still open ({}){next}",
                closes
                    .iter()
                    .map(|g| g.title.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
        open.retain(|g| !chosen.develops.contains(&g.id));
        steps.push(PlanStep {
            rank: steps.len() + 1,
            id: chosen.id.to_owned(),
            title: chosen.title.to_owned(),
            kind: chosen.kind,
            addresses: gaps
                .iter()
                .filter(|g| chosen.develops.contains(&g.id))
                .map(|g| gap_ref(g))
                .collect(),
            closes,
            new_steps,
            explanation,
        });
    }
    Plan {
        steps,
        no_route: open.iter().map(|g| gap_ref(g)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use crate::assessment::Level;
    use crate::gap::analyse;
    use crate::gap::tests::{assessment, profile};
    use crate::profile::Depth;

    fn plan_for(ratings: &[(&str, Level)]) -> crate::plan::Plan {
        analyse(&profile(), &assessment(ratings), None, true).plan
    }

    #[test]
    fn the_component_closing_most_open_steps_comes_first() {
        // Gaps: testing 3 (none vs proficient), design 3, support 3, planning 1.
        let plan = plan_for(&[
            ("testing", Level::Depth(Depth::None)),
            ("planning", Level::Depth(Depth::None)),
            ("design", Level::Number(0)),
            ("support", Level::Number(0)),
        ]);
        let order: Vec<(&str, u32)> = plan
            .steps
            .iter()
            .map(|s| (s.title.as_str(), s.new_steps))
            .collect();
        // Course B and Shadowing both close 6; Course B is first in the
        // profile. Then Course A closes testing's 3 (Shadowing's design is
        // already covered, so it would close only 3 too, and comes later).
        assert_eq!(order, [("Course B", 6), ("Course A", 3), ("Cert", 1)]);
        assert!(plan.no_route.is_empty());
        assert!(
            plan.steps[0]
                .explanation
                .as_ref()
                .unwrap()
                .contains("Shadowing would close as many")
        );
    }

    #[test]
    fn gaps_nothing_develops_have_no_route() {
        let mut profile = profile();
        profile.qualifications.clear();
        let report = analyse(
            &profile,
            &assessment(&[("planning", Level::Depth(Depth::None))]),
            None,
            false,
        );
        assert!(report.plan.steps.is_empty());
        assert_eq!(report.plan.no_route.len(), 1);
        assert_eq!(report.plan.no_route[0].id, "planning");
    }

    #[test]
    fn no_gaps_means_an_empty_plan() {
        let plan = plan_for(&[
            ("testing", Level::Depth(Depth::Expert)),
            ("planning", Level::Depth(Depth::Aware)),
            ("design", Level::Number(3)),
            ("support", Level::Number(4)),
        ]);
        assert!(plan.steps.is_empty() && plan.no_route.is_empty());
    }
}
