//! Whole-profile checks, run after the file deserialised: ids (derived where
//! absent), uniqueness, `develops` links, scale ranges, marks, and the
//! warnings that need a person's eye. Pure: findings come back as paths into
//! the document; `profile::load` locates them.
//!
//! - `components`: each component's id, texts and marks, and uniqueness.
//! - `develops`: links from development components to skills.

pub(crate) mod components;
mod develops;
mod lacks;
mod links;

pub use lacks::lacks;

use std::collections::BTreeSet;

use super::model::{Field, Profile};
use super::scale::{Depth, OrgScaleSpec};
use super::slug::{is_slug, slugify};
use crate::diagnostic::Rule;
use crate::document::Finding;
use crate::yaml::{Node, Segment, Value};

/// Ids and `develops` links of components dropped because they could not
/// be read; cross-reference checks treat them as present.
#[derive(Debug, Default)]
pub struct Known {
    ids: BTreeSet<String>,
    develops: BTreeSet<String>,
    /// The top-level fields did not deserialise: the profile's id, title,
    /// summary and scale are unknown, so checks on them are skipped.
    pub top_level_broken: bool,
    /// A knowledge/skill or organisation skill did not deserialise: the
    /// profile has something to rate, even if nothing was kept.
    pub rated_item_broken: bool,
}

impl Known {
    /// Records what can be read of a component that failed to deserialise.
    pub fn remember(&mut self, raw: &Value) {
        let id = raw
            .get("id")
            .and_then(Node::as_str)
            .map(str::to_owned)
            .or_else(|| raw.get("title").and_then(Node::as_str).map(slugify));
        self.ids.extend(id);
        if let Some(list) = raw.get("develops").and_then(Node::as_sequence) {
            self.develops
                .extend(list.iter().filter_map(|v| v.as_str().map(str::to_owned)));
        }
    }
}

pub(super) fn path(section: &str, index: usize, rest: &[&str]) -> Vec<Segment> {
    let mut segments = vec![Segment::Key(section.to_owned()), Segment::Index(index)];
    segments.extend(rest.iter().map(|key| Segment::Key((*key).to_owned())));
    segments
}

pub(super) fn key(name: &str) -> Vec<Segment> {
    vec![Segment::Key(name.to_owned())]
}

/// Fills in derived ids and returns every finding about `profile`.
pub fn check(profile: &mut Profile, known: &Known) -> Vec<Finding> {
    let mut findings = Vec::new();
    if !known.top_level_broken {
        check_top_level(profile, &mut findings);
        if profile.knowledge_skills.is_empty()
            && profile.organisation_skills.is_empty()
            && !known.rated_item_broken
        {
            // Assessing it would say "Readiness 100%: 0 of 0".
            findings.push(Finding::at_node(
                Rule::NothingToRate,
                "the profile has nothing to rate: add `knowledge_skills` or `organisation_skills`",
                key("knowledge_skills"),
            ));
        }
    }
    for (index, skill) in profile.knowledge_skills.iter().enumerate() {
        if skill.depth == Some(Depth::None) {
            findings.push(Finding::at_node(
                Rule::OffScale,
                "a required depth is `aware`, `familiar`, `proficient` or `expert`; leave `depth` out for no requirement",
                path("knowledge_skills", index, &["depth"]),
            ));
        }
    }

    components::check_all(profile, &mut findings);
    if !known.top_level_broken {
        links::check(profile, &mut findings);
    }
    develops::check(profile, known, &mut findings);
    findings
}

fn check_top_level(profile: &Profile, findings: &mut Vec<Finding>) {
    if !is_slug(&profile.id) {
        findings.push(Finding::at_node(
            Rule::InvalidId,
            format!(
                "profile id `{}` is not a slug (lower-case letters, digits and single dashes), e.g. `{}`",
                profile.id,
                slugify(&profile.id)
            ),
            key("id"),
        ));
    }
    for (field, text) in [
        (Field::Title, &profile.title),
        (Field::Summary, &profile.summary),
    ] {
        let name = field.name();
        if profile.source_lacks.contains(&field) {
            // Empty, as marked: `validate` notes it (`lacks`).
            if !text.trim().is_empty() {
                findings.push(Finding::at_node(
                    Rule::BadMark,
                    format!("`{name}` has text but is marked `source_lacks`; remove it from `source_lacks`"),
                    key(name),
                ));
            }
        } else if text.trim().is_empty() {
            findings.push(Finding::at_node(
                Rule::EmptyText,
                format!("`{name}` is empty"),
                key(name),
            ));
        }
    }
    for (position, field) in profile.source_lacks.iter().enumerate() {
        if *field != Field::Summary {
            findings.push(Finding::at_node(
                Rule::BadMark,
                format!(
                    "`source_lacks` names `{}`; at the top of a profile it may name `summary`",
                    field.name()
                ),
                vec![
                    Segment::Key("source_lacks".to_owned()),
                    Segment::Index(position),
                ],
            ));
        }
    }
    check_scale(&profile.organisation_scale, findings);
    check_reach(profile, findings);
    let scale = &profile.organisation_scale;
    for (index, skill) in profile.organisation_skills.iter().enumerate() {
        if skill.level == 0 || skill.level > scale.top() {
            findings.push(Finding::at_node(
                Rule::OffScale,
                format!(
                    "level {} is off the {} scale (1 to {})",
                    skill.level,
                    scale.name(),
                    scale.top()
                ),
                path("organisation_skills", index, &["level"]),
            ));
        }
    }
}

/// A reach on the organisation scale is a level of it (1 to its top).
fn check_reach(profile: &Profile, findings: &mut Vec<Finding>) {
    let scale = &profile.organisation_scale;
    let mut caps: Vec<(Vec<Segment>, Option<crate::profile::model::Cap>)> = Vec::new();
    if let Some(reach) = &profile.reach {
        for (kind, cap) in [
            ("training", reach.training),
            ("development_activity", reach.development_activity),
            ("qualification", reach.qualification),
        ] {
            caps.push((
                vec![Segment::Key("reach".into()), Segment::Key(kind.into())],
                cap,
            ));
        }
    }
    for (section, list) in [
        ("training", &profile.training),
        ("development_activities", &profile.development_activities),
    ] {
        for (index, component) in list.iter().enumerate() {
            caps.push((path(section, index, &["reach"]), component.reach));
        }
    }
    for (index, qualification) in profile.qualifications.iter().enumerate() {
        caps.push((
            path("qualifications", index, &["reach"]),
            qualification.reach,
        ));
    }
    for (mut at, cap) in caps {
        let Some(level) = cap.and_then(|c| c.organisation) else {
            continue;
        };
        if level == 0 || level > scale.top() {
            at.push(Segment::Key("organisation".into()));
            findings.push(Finding::at_node(
                Rule::OffScale,
                format!(
                    "a reach of {level} is off the {} scale (1 to {})",
                    scale.name(),
                    scale.top()
                ),
                at,
            ));
        }
    }
}

fn check_scale(scale: &OrgScaleSpec, findings: &mut Vec<Finding>) {
    let OrgScaleSpec::Custom(custom) = scale else {
        return;
    };
    if custom.levels.is_empty() || custom.levels.len() > 9 {
        findings.push(Finding::at_node(
            Rule::OffScale,
            format!(
                "custom scale `{}` has {} levels; give it 1 to 9",
                custom.name,
                custom.levels.len()
            ),
            vec![
                Segment::Key("organisation_scale".into()),
                Segment::Key("levels".into()),
            ],
        ));
    }
    let mut seen = BTreeSet::new();
    for (index, level) in custom.levels.iter().enumerate() {
        if !seen.insert(level.name.to_lowercase()) {
            findings.push(Finding::at_node(
                Rule::DuplicateTitle,
                format!("scale level name `{}` is used twice", level.name),
                vec![
                    Segment::Key("organisation_scale".into()),
                    Segment::Key("levels".into()),
                    Segment::Index(index),
                    Segment::Key("name".into()),
                ],
            ));
        }
    }
}
