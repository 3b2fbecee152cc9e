//! Links from training, PDA and qualifications to the skills they develop.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::{Known, path};
use crate::diagnostic::Rule;
use crate::document::Finding;
use crate::profile::model::Profile;
use crate::yaml::Segment;

/// Every `develops` names a skill; every required skill has a route.
pub(super) fn check(profile: &Profile, known: &Known, findings: &mut Vec<Finding>) {
    let rated: BTreeMap<&str, bool> = profile
        .knowledge_skills
        .iter()
        .map(|s| (s.id.as_str(), s.required().is_some()))
        .chain(
            profile
                .organisation_skills
                .iter()
                .map(|s| (s.id.as_str(), true)),
        )
        .collect();
    let mut developed: BTreeSet<&str> = known.develops.iter().map(String::as_str).collect();
    let lists = profile
        .training
        .iter()
        .enumerate()
        .map(|(i, c)| ("training", i, &c.develops))
        .chain(
            profile
                .development_activities
                .iter()
                .enumerate()
                .map(|(i, c)| ("development_activities", i, &c.develops)),
        )
        .chain(
            profile
                .qualifications
                .iter()
                .enumerate()
                .map(|(i, c)| ("qualifications", i, &c.develops)),
        );
    // One budget for every "did you mean" in this profile.
    let mut suggester = crate::suggest::Suggester::new(rated.keys().copied());
    for (section, index, develops) in lists {
        if develops.is_empty() {
            findings.push(Finding::at_node(
                Rule::DevelopsNothing,
                "develops no skill of this profile; list the skill ids it builds in `develops`",
                path(section, index, &["title"]),
            ));
        }
        let mut listed: HashSet<&str> = HashSet::with_capacity(develops.len());
        for (position, id) in develops.iter().enumerate() {
            if !listed.insert(id.as_str()) {
                let mut at = path(section, index, &["develops"]);
                at.push(Segment::Index(position));
                findings.push(Finding::at_node(
                    Rule::DuplicateDevelops,
                    format!("`develops` lists `{id}` twice"),
                    at,
                ));
                continue;
            }
            if rated.contains_key(id.as_str()) {
                developed.insert(id.as_str());
            } else if !known.ids.contains(id) {
                let suggestion = suggester
                    .closest(id)
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                let mut at = path(section, index, &["develops"]);
                at.push(Segment::Index(position));
                findings.push(Finding::at_node(
                    Rule::UnknownDevelops,
                    format!("develops `{id}`, which is not a skill of this profile{suggestion}"),
                    at,
                ));
            }
        }
    }
    // A profile that lists no development at all (the framework's role
    // profiles) has no routes to check: a warning on each of its skills
    // would say only that.
    let lists_development = !(profile.training.is_empty()
        && profile.development_activities.is_empty()
        && profile.qualifications.is_empty());
    let required = profile
        .knowledge_skills
        .iter()
        .enumerate()
        .filter(|(_, s)| s.required().is_some())
        .map(|(i, s)| ("knowledge_skills", i, s.id.as_str()))
        .chain(
            profile
                .organisation_skills
                .iter()
                .enumerate()
                .map(|(i, s)| ("organisation_skills", i, s.id.as_str())),
        );
    for (section, index, id) in required.filter(|_| lists_development) {
        if !id.is_empty() && !developed.contains(id) {
            findings.push(Finding::at_node(
                Rule::NoDevelopmentRoute,
                format!(
                    "`{id}` has a required level but no training, PDA or qualification develops it"
                ),
                path(section, index, &["title"]),
            ));
        }
    }
}
