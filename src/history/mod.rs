//! One person's readiness over time (SPEC §10 "Over time"): each dated
//! assessment measured against the profile it was made against, and the
//! items that moved since the one before, compared on the skills the
//! profile followed shares with both. Pure: the caller reads the files,
//! and gives canonical paths for tie-breaks.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::assessment::model::{name_order_key, person_key};
use crate::assessment::{Assessment, Assessor, Date, Status};
use crate::career::ratings::{Key, keys_of};
use crate::gap::{LevelValue, ProfileRef};
use crate::profile::Profile;
use crate::team::{Member, Skipped, Superseded};

/// One file of a person's, read against each profile it serves.
#[derive(Debug, Clone)]
pub struct Entry<'p> {
    /// How the file is named in the report.
    pub file: String,
    /// The file checked against each profile it serves, its first profile
    /// first (a file made for one profile has one reading).
    pub readings: Vec<(Assessment, &'p Profile)>,
}

impl Entry<'_> {
    fn first(&self) -> Option<&Assessment> {
        self.readings.first().map(|(assessment, _)| assessment)
    }
}

/// A profile, briefly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    pub id: String,
    pub title: String,
}

impl Named {
    fn of(profile: &Profile) -> Self {
        Self {
            id: profile.id.clone(),
            title: profile.title.clone(),
        }
    }
}

/// Which way an item moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Way {
    Up,
    Down,
}

impl Way {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Up => "up",
            Self::Down => "down",
        }
    }
}

/// An item rated at both of two assessments, at a different level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Move {
    /// The item's id in the profile followed.
    pub id: String,
    pub title: String,
    pub from: LevelValue,
    pub to: LevelValue,
    /// Steps gained (negative: lost).
    pub change: i16,
    pub way: Way,
}

/// The profile changed between two assessments (a promotion, say).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileChange {
    pub from: Named,
    pub to: Named,
}

/// One dated assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    pub file: String,
    pub date: Date,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessor_name: Option<String>,
    /// The profile the assessment was made against: readiness is
    /// measured against it.
    pub profile: Named,
    /// Met of required, in percent, as `report` measures it.
    pub readiness_percent: f64,
    pub met: usize,
    pub with_requirement: usize,
    /// Required items rated.
    pub rated: usize,
    pub not_rated: usize,
    pub gaps: usize,
    /// Set when the profile differs from the previous assessment's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile_changed: Option<ProfileChange>,
    /// Items of the profile followed, in both this assessment's profile
    /// and the previous one's, rated in both (none for the first).
    pub compared: usize,
    /// The items among them that moved, in the followed profile's order.
    pub moved: Vec<Move>,
}

impl Point {
    /// How many moved up and how many down.
    #[must_use]
    pub fn ups_and_downs(&self) -> (usize, usize) {
        let up = self.moved.iter().filter(|m| m.way == Way::Up).count();
        (up, self.moved.len() - up)
    }
}

/// One person's history, by one kind of assessor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonHistory {
    /// The name as the newest assessment spells it.
    pub person: String,
    pub assessor: Assessor,
    /// Who assessed, when a manager or a peer is named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessor_name: Option<String>,
    /// The profile followed: the newest assessment's.
    pub profile: ProfileRef,
    /// Readiness at each assessment, oldest first, one block each
    /// (▁ 0 % … █ 100 %).
    pub trend: String,
    /// Oldest first.
    pub assessments: Vec<Point>,
}

/// `skillgap history`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryReport {
    pub assessor: Assessor,
    /// In name order.
    pub people: Vec<PersonHistory>,
    /// Assessments of a person on a date another of theirs has too: the
    /// complete one, else the later file (by full path), is kept.
    pub superseded: Vec<Superseded>,
    pub skipped: Vec<Skipped>,
}

/// The eight blocks of a trend, lowest first.
pub const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// The block for `percent` (0–100 onto the eight blocks, to the nearest).
#[must_use]
pub fn block(percent: f64) -> char {
    let share = (percent.clamp(0.0, 100.0) / 100.0 * 7.0).round();
    // 0.0..=7.0 after the clamp: the cast cannot truncate or wrap.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a value from 0 to 7"
    )]
    let index = share as usize;
    BLOCKS[index.min(7)]
}

/// The history of everyone in `entries` (all by one kind of assessor):
/// each person's, in name order.
#[must_use]
pub fn history(
    entries: Vec<Entry<'_>>,
    assessor: Assessor,
    skipped: Vec<Skipped>,
    canonical: &dyn Fn(&str) -> String,
) -> HistoryReport {
    // By person and, for managers and peers, by the assessor's name: two
    // peers' views of one person are two histories, never one person's
    // progress (SPEC §10).
    let mut people: BTreeMap<(String, Option<String>), Vec<Entry<'_>>> = BTreeMap::new();
    for entry in entries {
        let Some(first) = entry.first() else { continue };
        people
            .entry((
                person_key(&first.person),
                first.assessor_name.as_deref().map(person_key),
            ))
            .or_default()
            .push(entry);
    }
    let mut superseded = Vec::new();
    let mut histories: Vec<PersonHistory> = people
        .into_values()
        .filter_map(|entries| person(entries, assessor, &mut superseded, canonical))
        .collect();
    histories.sort_by_cached_key(|h| {
        (
            name_order_key(&h.person),
            h.person.clone(),
            h.assessor_name.clone(),
        )
    });
    HistoryReport {
        assessor,
        people: histories,
        superseded,
        skipped,
    }
}

/// `entries` oldest first, one per date: on one date, the complete one,
/// else the later file by canonical path, as `team` keeps the newest.
fn one_per_date<'p>(
    mut entries: Vec<Entry<'p>>,
    superseded: &mut Vec<Superseded>,
    canonical: &dyn Fn(&str) -> String,
) -> Vec<Entry<'p>> {
    entries.sort_by_cached_key(|entry| {
        let first = entry.first();
        (
            first.map(|a| a.date),
            first.is_some_and(|a| a.status == Status::Complete),
            canonical(&entry.file),
        )
    });
    let mut kept: Vec<Entry<'p>> = Vec::with_capacity(entries.len());
    // The files passed over on the date of the last kept, each named at
    // the end of its date as superseded by the one kept (the last).
    let mut passed_over: Vec<String> = Vec::new();
    let mut settle = |kept: &[Entry<'p>], passed_over: &mut Vec<String>| {
        if let Some(by) = kept.last() {
            superseded.extend(passed_over.drain(..).map(|file| Superseded {
                file,
                by: by.file.clone(),
                same_date: true,
            }));
        }
    };
    for entry in entries {
        let date = entry.first().map(|a| a.date);
        if kept
            .last()
            .is_some_and(|last| last.first().map(|a| a.date) == date)
        {
            passed_over.extend(kept.pop().map(|last| last.file));
        } else {
            settle(&kept, &mut passed_over);
        }
        kept.push(entry);
    }
    settle(&kept, &mut passed_over);
    kept
}

/// One person's history; `None` when they have no assessment.
fn person<'p>(
    entries: Vec<Entry<'p>>,
    assessor: Assessor,
    superseded: &mut Vec<Superseded>,
    canonical: &dyn Fn(&str) -> String,
) -> Option<PersonHistory> {
    let entries = one_per_date(entries, superseded, canonical);
    let (newest, followed) = entries.last()?.readings.first()?;
    let followed: &Profile = followed;
    let name = newest.person.clone();
    let assessor_name = newest.assessor_name.clone();
    let mut points: Vec<Point> = Vec::with_capacity(entries.len());
    let mut previous: Option<(&Assessment, &Profile)> = None;
    for entry in &entries {
        // A file of several profiles reads against the one followed when
        // it serves it, else its first.
        let Some((assessment, profile)) = entry
            .readings
            .iter()
            .find(|(_, p)| p.id == followed.id)
            .or_else(|| entry.readings.first())
        else {
            continue;
        };
        points.push(point(&entry.file, assessment, profile, previous, followed));
        previous = Some((assessment, profile));
    }
    Some(PersonHistory {
        person: name,
        assessor,
        assessor_name,
        profile: ProfileRef::of(followed),
        trend: points.iter().map(|p| block(p.readiness_percent)).collect(),
        assessments: points,
    })
}

/// `assessment` measured against `profile`, and what moved since
/// `previous`.
fn point(
    file: &str,
    assessment: &Assessment,
    profile: &Profile,
    previous: Option<(&Assessment, &Profile)>,
    followed: &Profile,
) -> Point {
    let member = Member::new(&profile.rated_items(), assessment, file.to_owned());
    let (compared, moved) = previous.map_or((0, Vec::new()), |(before, before_profile)| {
        moves((before, before_profile), (assessment, profile), followed)
    });
    Point {
        file: file.to_owned(),
        date: assessment.date,
        status: assessment.status,
        assessor_name: assessment.assessor_name.clone(),
        profile: Named::of(profile),
        readiness_percent: member.readiness_percent,
        met: member.met,
        with_requirement: member.with_requirement,
        rated: member.with_requirement - member.not_rated,
        not_rated: member.not_rated,
        gaps: member.gaps,
        profile_changed: previous
            .filter(|(_, p)| p.id != profile.id)
            .map(|(_, p)| ProfileChange {
                from: Named::of(p),
                to: Named::of(profile),
            }),
        compared,
        moved,
    }
}

/// The step `assessment` (against `profile`) gives the item of key `key`.
fn step_of(assessment: &Assessment, by_key: &HashMap<Key, &str>, key: &Key) -> Option<u8> {
    let id = by_key.get(key)?;
    assessment.ratings.get(*id).map(|r| r.level.step())
}

/// Each item of `profile` by its key (the inverse of [`keys_of`]).
fn ids_by_key(profile: &Profile) -> HashMap<Key, &str> {
    keys_of(profile)
        .into_iter()
        .map(|(id, key)| (key, id))
        .collect()
}

/// How many items of `followed` both assessments rate, and those that
/// moved: an item counts when both profiles have it (the same item, or
/// the same DDaT skill).
fn moves(
    (before, before_profile): (&Assessment, &Profile),
    (after, after_profile): (&Assessment, &Profile),
    followed: &Profile,
) -> (usize, Vec<Move>) {
    let keys = keys_of(followed);
    let (before_ids, after_ids) = (ids_by_key(before_profile), ids_by_key(after_profile));
    let mut compared = 0;
    let mut moved = Vec::new();
    for item in followed.rated_items() {
        let Some(key) = keys.get(item.id) else {
            continue;
        };
        let (Some(from), Some(to)) = (
            step_of(before, &before_ids, key),
            step_of(after, &after_ids, key),
        ) else {
            continue;
        };
        compared += 1;
        if from == to {
            continue;
        }
        let level = |step: u8| LevelValue {
            step,
            label: item.scale.label(step),
        };
        moved.push(Move {
            id: item.id.to_owned(),
            title: item.title.to_owned(),
            from: level(from),
            to: level(to),
            change: i16::from(to) - i16::from(from),
            way: if to > from { Way::Up } else { Way::Down },
        });
    }
    (compared, moved)
}

#[cfg(test)]
mod tests;
