//! Team gap reports: many assessments in, a [`TeamReport`] out. Pure.
//!
//! Each assessment is first reduced to a [`Member`] (its per-item levels
//! and headline numbers), so a team of ten thousand holds only what the
//! report shows. Coverage, single points of failure and training needs
//! count people once by name: an item is met by a person when any of
//! their counted assessments (self, manager, peer) meets it.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::Serialize;

use crate::assessment::model::{name_order_key, person_key};
use crate::assessment::{Assessment, Assessor, Date, Status};
use crate::gap::{GapStatus, LevelValue, ProfileRef, Summary, status_of};
use crate::plan::ComponentKind;
use crate::profile::{Category, Profile, RatedItem};
use needs::needs;

/// One assessment, reduced to what the team report needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    pub person: String,
    pub assessor: Assessor,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessor_name: Option<String>,
    pub date: Date,
    pub status: Status,
    pub file: String,
    pub readiness_percent: f64,
    pub met: usize,
    pub with_requirement: usize,
    pub gaps: usize,
    /// Steps short summed across scales: kept for one release (SPEC §10);
    /// read `steps_by_scale`.
    pub gap_steps: u32,
    /// Steps short on each scale the profile rates on (depth, then the
    /// organisation scale by its name), never added across scales.
    pub steps_by_scale: Vec<ScaleSteps>,
    pub not_rated: usize,
    /// The profile the assessment was made against, when `--profile`
    /// measured it against another one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessed_against: Option<String>,
    /// With `team --next-level`: readiness for the next level of the
    /// profile's role, on each track (empty: no level above it); `None`
    /// when not asked, or when the profile is on no ladder (the team then
    /// says so).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_level: Option<Vec<crate::career::path::Place>>,
    /// With `team --by-role`: the profile id of the person's level, which
    /// they are measured against.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// Per rated item of the profile, in profile order.
    #[serde(skip)]
    pub cells: Vec<Cell>,
    /// Per rated item, the evidence given; empty unless
    /// [`Member::keep_evidence`] was called (only the CSV shows it).
    #[serde(skip)]
    pub evidence: Vec<Option<String>>,
}

/// Steps short on one scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScaleSteps {
    /// `depth`, or the organisation scale's name (`DDaT`).
    pub name: String,
    pub steps: u32,
    /// Required items on the scale that are rated (none: the steps say
    /// nothing yet).
    pub rated: usize,
}

/// One person's standing on one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub current: Option<u8>,
    pub status: GapStatus,
    pub gap: u8,
}

impl Member {
    /// Measures `assessment` (from `file`) against the rated `items` of its
    /// profile. Lean on purpose: no text is copied per item, so a team of
    /// ten thousand costs little beyond reading the files.
    #[must_use]
    pub fn new(items: &[RatedItem<'_>], assessment: &Assessment, file: String) -> Self {
        let mut cells = Vec::with_capacity(items.len());
        let (mut met, mut with_requirement, mut gaps, mut gap_steps, mut not_rated) =
            (0, 0, 0, 0, 0);
        let mut steps_by_scale: Vec<ScaleSteps> = Vec::new();
        for item in items {
            if item.required.is_some()
                && !steps_by_scale.iter().any(|s| s.name == item.scale.name())
            {
                steps_by_scale.push(ScaleSteps {
                    name: item.scale.name().to_owned(),
                    steps: 0,
                    rated: 0,
                });
            }
            let current = assessment.ratings.get(item.id).map(|r| r.level.step());
            if item.required.is_some()
                && current.is_some()
                && let Some(scale) = steps_by_scale
                    .iter_mut()
                    .find(|s| s.name == item.scale.name())
            {
                scale.rated += 1;
            }
            let (status, gap) = status_of(item.required, current);
            match status {
                GapStatus::Met | GapStatus::Exceeds => met += 1,
                GapStatus::Gap => {
                    gaps += 1;
                    gap_steps += u32::from(gap);
                    if let Some(scale) = steps_by_scale
                        .iter_mut()
                        .find(|s| s.name == item.scale.name())
                    {
                        scale.steps += u32::from(gap);
                    }
                }
                GapStatus::NotRated => not_rated += 1,
                GapStatus::NoRequirement => {}
            }
            if item.required.is_some() {
                with_requirement += 1;
            }
            cells.push(Cell {
                current,
                status,
                gap,
            });
        }
        Self {
            person: assessment.person.clone(),
            assessor: assessment.assessor,
            assessor_name: assessment.assessor_name.clone(),
            date: assessment.date,
            status: assessment.status,
            file,
            next_level: None,
            level: None,
            readiness_percent: Summary::percent(met, with_requirement),
            met,
            with_requirement,
            gaps,
            gap_steps,
            steps_by_scale,
            not_rated,
            assessed_against: None,
            cells,
            evidence: Vec::new(),
        }
    }

    /// Keeps the evidence of each rated item, for outputs that show it.
    pub fn keep_evidence(&mut self, items: &[RatedItem<'_>], assessment: &Assessment) {
        self.evidence = items
            .iter()
            .map(|item| {
                assessment
                    .ratings
                    .get(item.id)
                    .and_then(|r| r.evidence.clone())
            })
            .collect();
    }

    /// The evidence for the rated item at `position`, when kept and given.
    #[must_use]
    pub fn evidence_at(&self, position: usize) -> Option<&str> {
        self.evidence.get(position).and_then(Option::as_deref)
    }

    /// How many of the items with a required level this assessment rates,
    /// beside how many there are ("3/30"): a person part-way through is
    /// not mistaken for a weak one (SPEC §10).
    #[must_use]
    pub fn rated_of_required(&self) -> String {
        format!(
            "{}/{}",
            self.with_requirement.saturating_sub(self.not_rated),
            self.with_requirement
        )
    }

    /// "Lee Wong" or "Lee Wong (manager)".
    #[must_use]
    pub fn label(&self) -> String {
        match self.assessor {
            Assessor::SelfAssessed => self.person.clone(),
            other => format!("{} ({})", self.person, other.label()),
        }
    }
}

/// A file that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub file: String,
    pub reason: String,
}

/// An older assessment replaced by a newer one of the same person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Superseded {
    pub file: String,
    pub by: String,
    /// Both carry the same date: the complete one, else the later file
    /// (by its full path), was kept.
    pub same_date: bool,
}

/// One item across the team.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamItem {
    pub id: String,
    pub title: String,
    pub category: Category,
    pub required: Option<LevelValue>,
    /// How each step of the item's scale reads, indexed by step.
    pub level_labels: Vec<String>,
    /// Each member's standing, in the order of [`ProfileTeam::members`]:
    /// the step reached (`current`), the status and the gap.
    pub levels: Vec<Cell>,
    /// People who meet or exceed the requirement.
    pub met_by: usize,
    /// People who rated it.
    pub rated_by: usize,
    /// Met by exactly one person: who.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub single_point_of_failure: Option<String>,
    /// Has a requirement that nobody meets.
    pub uncovered: bool,
    /// With `team --by-role`: what each level present asks of it (a
    /// level that does not ask it is not listed); `required` is then the
    /// highest of them, and each person is measured against their own.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub required_by: Vec<by_role::LevelRequirement>,
}

/// A development component, by how much of the team it helps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrainingNeed {
    pub rank: usize,
    pub id: String,
    pub title: String,
    pub kind: ComponentKind,
    /// People with a gap it develops.
    pub people: Vec<String>,
    /// Gaps over those people it moves, within its reach.
    pub gaps: usize,
    /// Steps it moves them by, whatever their scale: kept for one release
    /// (SPEC §10); read `gaps`.
    pub gap_steps: u32,
}

/// The team's view of one profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileTeam {
    pub profile: ProfileRef,
    /// The assessments counted, by person then assessor.
    pub members: Vec<Member>,
    /// Distinct people among the members.
    pub people: usize,
    pub items: Vec<TeamItem>,
    pub training_needs: Vec<TrainingNeed>,
    /// With `team --next-level`: whether the profile is on a role's
    /// ladder (`false`: no next level can be said).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_a_ladder: Option<bool>,
    /// With `team --by-role`: the role whose ladder this is (`profile`
    /// then stands for the skills of its levels present).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// With `team --by-role`: the levels present, lowest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<by_role::RoleLevel>,
}

/// The team report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamReport {
    /// Assessment files counted (superseded and skipped ones are not).
    pub files_used: usize,
    pub skipped: Vec<Skipped>,
    pub superseded: Vec<Superseded>,
    pub profiles: Vec<ProfileTeam>,
}

/// Whose assessment a member is, as `team` matches people: the person's
/// name and the assessor's, case and spaces aside, and the kind of
/// assessor.
type PersonKey = (String, Assessor, Option<String>);

/// Keeps the newest assessment per person, assessor and assessor's name
/// (on the same date: the complete one, then the later file by
/// `canonical` path), and notes the ones it replaced.
fn newest(
    members: Vec<Member>,
    superseded: &mut Vec<Superseded>,
    canonical: &(dyn Fn(&str) -> String + Sync),
) -> Vec<Member> {
    // The canonical path breaks a tie the same way however the path was
    // spelled; it is only asked for when two files do tie.
    let rank = |m: &Member| (m.date, m.status == Status::Complete);
    let newer = |a: &Member, b: &Member| match rank(a).cmp(&rank(b)) {
        std::cmp::Ordering::Equal => canonical(&a.file) > canonical(&b.file),
        order => order == std::cmp::Ordering::Greater,
    };
    let mut kept: BTreeMap<PersonKey, Member> = BTreeMap::new();
    // Each file passed over, under its person's key: named at the end as
    // superseded by the one kept, not by whichever newer file it met
    // first (that one may be passed over in its turn).
    let mut passed_over: Vec<(PersonKey, String, Date)> = Vec::new();
    for member in members {
        let key = (
            person_key(&member.person),
            member.assessor,
            member.assessor_name.as_deref().map(person_key),
        );
        match kept.get(&key) {
            Some(existing) if newer(existing, &member) => {
                passed_over.push((key, member.file, member.date));
            }
            Some(_) => {
                let existing = kept.insert(key.clone(), member).expect("just found");
                passed_over.push((key, existing.file, existing.date));
            }
            None => {
                kept.insert(key, member);
            }
        }
    }
    superseded.extend(passed_over.into_iter().map(|(key, file, date)| {
        let by = &kept[&key];
        Superseded {
            file,
            by: by.file.clone(),
            same_date: by.date == date,
        }
    }));
    kept.into_values().collect()
}

fn team_for(profile: &Profile, members: Vec<Member>) -> ProfileTeam {
    let items = profile.rated_items();
    // People by name, each with the indexes of their members; a name is
    // shown as its first member spells it.
    let mut people: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut shown: HashMap<String, &str> = HashMap::new();
    for (index, member) in members.iter().enumerate() {
        let name = *shown
            .entry(person_key(&member.person))
            .or_insert(member.person.as_str());
        people.entry(name).or_default().push(index);
    }
    // In name order, as a list: every item and component below walks it,
    // each on its own (in parallel: a team of thousands is walked dozens
    // of times).
    let people: Vec<(&str, Vec<usize>)> = people.into_iter().collect();
    let meets = |indexes: &[usize], item: usize| {
        indexes.iter().any(|&m| {
            matches!(
                members[m].cells[item].status,
                GapStatus::Met | GapStatus::Exceeds
            )
        })
    };
    let team_items: Vec<TeamItem> = items
        .par_iter()
        .enumerate()
        .map(|(index, item)| {
            let met: Vec<&str> = people
                .iter()
                .filter(|(_, indexes)| meets(indexes, index))
                .map(|(name, _)| *name)
                .collect();
            let rated_by = people
                .iter()
                .filter(|(_, indexes)| {
                    indexes
                        .iter()
                        .any(|&m| members[m].cells[index].current.is_some())
                })
                .count();
            let required = item.required.is_some();
            TeamItem {
                id: item.id.to_owned(),
                title: item.title.to_owned(),
                category: item.category,
                required: item.required.map(|step| LevelValue {
                    step,
                    label: item.scale.label(step),
                }),
                level_labels: (0..=item.scale.top())
                    .map(|step| item.scale.label(step))
                    .collect(),
                levels: members.iter().map(|m| m.cells[index]).collect(),
                met_by: met.len(),
                rated_by,
                single_point_of_failure: (required && met.len() == 1).then(|| met[0].to_owned()),
                uncovered: required && met.is_empty(),
                required_by: Vec::new(),
            }
        })
        .collect();
    let training_needs = needs(profile, &members, &people);
    ProfileTeam {
        profile: ProfileRef::of(profile),
        people: people.len(),
        items: team_items,
        training_needs,
        members,
        on_a_ladder: None,
        role: None,
        levels: Vec::new(),
    }
}

/// Builds the team report from members grouped by profile id.
/// `canonical` gives a file's canonical path, to break a tie between two
/// assessments of one person on one date the same way however their paths
/// were spelled (the caller knows the file system; this module does not).
#[must_use]
pub fn team(
    groups: Vec<(&Profile, Vec<Member>)>,
    skipped: Vec<Skipped>,
    canonical: &(dyn Fn(&str) -> String + Sync),
) -> TeamReport {
    let mut superseded = Vec::new();
    let profiles: Vec<ProfileTeam> = groups
        .into_iter()
        .map(|(profile, members)| {
            let mut members = newest(members, &mut superseded, canonical);
            // By name as `newest` matched them (case and spaces aside), so
            // one person's assessments sit together however each file
            // spells the name.
            members.sort_by_cached_key(|m| {
                (
                    name_order_key(&m.person),
                    person_key(&m.person),
                    m.assessor,
                    m.assessor_name.as_deref().map(person_key),
                    m.person.clone(),
                )
            });
            team_for(profile, members)
        })
        .collect();
    superseded.sort_by(|a, b| a.file.cmp(&b.file));
    let files_used = profiles.iter().map(|p| p.members.len()).sum();
    TeamReport {
        files_used,
        skipped,
        superseded,
        profiles,
    }
}

pub mod by_role;
mod needs;

#[cfg(test)]
mod tests;
