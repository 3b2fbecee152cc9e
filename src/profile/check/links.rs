//! Checks on what ties a profile to the framework: the DDaT skill an
//! organisation skill says it is, aliases, what every level means, and the
//! ladder place.

use std::collections::HashMap;

use super::{key, path};
use crate::diagnostic::Rule;
use crate::document::Finding;
use crate::profile::model::{Field, Profile};
use crate::profile::slug::{is_slug, slugify};
use crate::yaml::Segment;

pub(super) fn check(profile: &Profile, findings: &mut Vec<Finding>) {
    check_aliases(&profile.aliases, &key("aliases"), findings);
    if profile.ladder.is_some_and(|place| place.rank == 0) {
        findings.push(Finding::at_node(
            Rule::OffScale,
            "a ladder rank starts at 1",
            vec![
                Segment::Key("ladder".to_owned()),
                Segment::Key("rank".to_owned()),
            ],
        ));
    }
    let top = usize::from(profile.organisation_scale.top());
    for (index, skill) in profile.organisation_skills.iter().enumerate() {
        check_aliases(
            &skill.aliases,
            &path("organisation_skills", index, &["aliases"]),
            findings,
        );
        if let Some(link) = &skill.ddat_skill
            && !is_slug(link)
        {
            findings.push(Finding::at_node(
                Rule::InvalidId,
                format!(
                    "`ddat_skill` `{link}` is not a slug (lower-case letters, digits and single dashes), e.g. `{}`",
                    slugify(link)
                ),
                path("organisation_skills", index, &["ddat_skill"]),
            ));
        }
        check_level_texts(profile, index, top, findings);
    }
    check_shared_ids(profile, findings);
}

fn check_aliases(aliases: &[String], at: &[Segment], findings: &mut Vec<Finding>) {
    for (position, alias) in aliases.iter().enumerate() {
        if !is_slug(alias) {
            let mut at = at.to_vec();
            at.push(Segment::Index(position));
            findings.push(Finding::at_node(
                Rule::InvalidId,
                format!(
                    "alias `{alias}` is not a slug (lower-case letters, digits and single dashes), e.g. `{}`",
                    slugify(alias)
                ),
                at,
            ));
        }
    }
}

/// `level_descriptions`: one text per level of the scale; an empty one is
/// information when the skill marks it `source_lacks`, an error otherwise.
fn check_level_texts(profile: &Profile, index: usize, top: usize, findings: &mut Vec<Finding>) {
    let skill = &profile.organisation_skills[index];
    let texts = &skill.level_descriptions;
    let at = path("organisation_skills", index, &["level_descriptions"]);
    let marked = skill.source_lacks.contains(&Field::LevelDescriptions);
    if !texts.is_empty() && texts.len() != top {
        findings.push(Finding::at_node(
            Rule::OffScale,
            format!(
                "`level_descriptions` has {} texts; the {} scale has {top} levels, one text each",
                texts.len(),
                profile.organisation_scale.name()
            ),
            at.clone(),
        ));
    }
    let empty: Vec<String> = texts
        .iter()
        .zip(1..)
        .filter(|(text, _)| text.trim().is_empty())
        .map(|(_, level)| profile.organisation_scale.level_label(level))
        .collect();
    if empty.is_empty() {
        if marked {
            findings.push(Finding::at_node(
                Rule::BadMark,
                "`source_lacks` names `level_descriptions`, but every level has a text; remove it",
                path("organisation_skills", index, &["source_lacks"]),
            ));
        }
    } else if !marked {
        findings.push(Finding::at_node(
            Rule::EmptyText,
            format!(
                "`level_descriptions` is empty at {}; if the source has none, add `source_lacks: [level_descriptions]`",
                empty.join(", ")
            ),
            at,
        ));
    }
}

/// Ratings are kept under an item's id, or under the DDaT skill it says it
/// is: two items may not share that key, nor an alias.
fn check_shared_ids(profile: &Profile, findings: &mut Vec<Finding>) {
    let mut keys: HashMap<&str, usize> = HashMap::new();
    for skill in &profile.knowledge_skills {
        keys.insert(&skill.id, usize::MAX);
    }
    for (index, skill) in profile.organisation_skills.iter().enumerate() {
        keys.entry(&skill.id).or_insert(index);
    }
    for (index, skill) in profile.organisation_skills.iter().enumerate() {
        let linked = skill.ddat_skill.iter().map(|link| (link, "ddat_skill"));
        let aliases = skill.aliases.iter().map(|alias| (alias, "aliases"));
        for (name, field) in linked.chain(aliases) {
            if name == &skill.id {
                continue;
            }
            match keys.get(name.as_str()) {
                Some(&other) if other != index => findings.push(Finding::at_node(
                    Rule::DuplicateId,
                    format!(
                        "`{name}` in `{field}` is already the id of another rated item; ratings under it would count twice"
                    ),
                    path("organisation_skills", index, &[field]),
                )),
                _ => {
                    keys.insert(name, index);
                }
            }
        }
    }
}
