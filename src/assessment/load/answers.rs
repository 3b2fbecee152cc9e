//! Answers for `assess --answers`: a whole assessment, or a bare
//! `item-id: level` map whose other fields come from a template. Telling
//! the two apart by the document's whole shape is this module's job;
//! reading each rating is not (see `ratings`).

use indexmap::IndexMap;

use super::ratings::read_ratings;
use super::{Parsed, parse_value};
use crate::assessment::model::Assessment;
use crate::diagnostic::Rule;
use crate::document::{At, Finding};
use crate::yaml::{Location, MappingNode, Node, Value};

/// The top-level fields of an assessment file.
pub(super) const ASSESSMENT_FIELDS: [&str; 10] = [
    "profile",
    "profile_digest",
    "profiles",
    "profile_digests",
    "person",
    "assessor",
    "assessor_name",
    "date",
    "status",
    "ratings",
];

/// Whether `value` could be one rating: a level (`familiar`, `3`) or a
/// mapping of `level` and `evidence` only.
pub(super) fn rating_shaped(value: Node<'_>) -> bool {
    match value {
        Node::String(_) | Node::Number(_) => true,
        Node::Mapping(fields) => {
            fields.contains_key("level")
                && fields
                    .keys()
                    .all(|k| matches!(k, Some("level" | "evidence")))
        }
        _ => false,
    }
}

/// Whether an answers document is a whole assessment rather than a bare
/// map of ratings, judged by its whole shape: a key counts as an
/// assessment field unless the profile has an item of that id and the
/// value could rate it (so items called `profile` or `ratings` can be
/// answered in a bare map).
fn is_whole_assessment(mapping: MappingNode<'_>, is_item: impl Fn(&str) -> bool) -> bool {
    mapping.iter().any(|(key, value)| {
        key.is_some_and(|key| {
            ASSESSMENT_FIELDS.contains(&key) && !(is_item(key) && rating_shaped(value))
        })
    })
}

/// Reads an answers file for `assess --answers`: an assessment, or a bare
/// `item-id: level` map (whose other fields are taken from `template`).
/// `is_item` tells the ids of the profile's rated items.
#[must_use]
pub fn parse_answers(
    text: &str,
    value: Value,
    template: &Assessment,
    is_item: impl Fn(&str) -> bool,
) -> Parsed {
    if value
        .node()
        .as_mapping()
        .is_some_and(|m| is_whole_assessment(m, is_item))
    {
        return parse_value(text, value);
    }
    let mut findings = Vec::new();
    let ratings = if let Ok(raw) = value.into_mapping() {
        read_ratings(raw, &[], &mut findings)
    } else {
        findings.push(Finding {
            rule: Rule::WrongType,
            message: "answers are an assessment, or a mapping of item ids to levels".into(),
            at: At::Known(Location::START),
        });
        IndexMap::new()
    };
    let mut assessment = template.clone();
    assessment.ratings = ratings;
    Parsed {
        text: text.to_owned(),
        profile_id: Some(assessment.profile.clone()),
        assessment: Some(assessment),
        findings,
        ratings_base: Vec::new(),
    }
}
