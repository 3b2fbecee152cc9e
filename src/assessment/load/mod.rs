//! Reading an assessment file, in two steps: [`parse`] checks the file on
//! its own (hardened YAML, fields, each rating's shape); then
//! [`Parsed::check_against`] checks it against its profile (items exist,
//! levels on each item's scale, the profile unchanged).
//!
//! This file reads a whole assessment file; `answers` reads an answers
//! file that may be a bare map of ratings; `ratings` reads each rating's
//! shape; `check` checks against a profile. None of it reads from disk or
//! prints: it takes bytes or a parsed document and returns findings.

use std::path::Path;

use super::model::Assessment;
use crate::diagnostic::{Diagnostic, Rule};
use crate::document::{At, Finding, deserialize_all, read_failure};
use crate::yaml::{self, Location, Node, Segment, Value};

mod answers;
mod check;
mod ratings;

pub use answers::parse_answers;
pub use check::{ProfileChange, off_scale};
use ratings::{ratings_key, read_ratings};

/// An assessment file read on its own, not yet checked against a profile.
#[derive(Debug)]
pub struct Parsed {
    text: String,
    /// The top-level fields, when they deserialised.
    assessment: Option<Assessment>,
    /// The `profile` id as written, even when other fields are broken.
    profile_id: Option<String>,
    findings: Vec<Finding>,
    /// Where the ratings sit in the file: under `ratings`, or at the top of
    /// a bare answers map.
    ratings_base: Vec<Segment>,
}

/// Reads an assessment from the bytes of a file.
///
/// # Errors
/// The file is not readable YAML; the result says where and why.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Parsed, Vec<Diagnostic>> {
    let failed = |e: &yaml::ReadError| read_failure::<()>(path, e).diagnostics;
    let text = yaml::decode(bytes).map_err(|e| failed(&e))?;
    let value = yaml::parse(text).map_err(|e| failed(&e))?;
    if crate::document::kind_of(&value) == Some(crate::document::FileKind::Profile) {
        return Err(vec![Diagnostic::new(
            path,
            Location::START,
            Rule::UnknownKind,
            "this is a profile, not an assessment",
        )]);
    }
    Ok(parse_value(text, value))
}

/// Reads an assessment from a parsed document (`text` is its source).
#[must_use]
pub fn parse_value(text: &str, mut value: Value) -> Parsed {
    let mut findings = Vec::new();
    let profile_id = value
        .get("profile")
        .and_then(Node::as_str)
        .map(str::to_owned);
    if !value.is_mapping() {
        return refused(
            text,
            profile_id,
            findings,
            Rule::WrongType,
            "an assessment is a mapping of fields (`profile`, `person`, `ratings`, ...)",
        );
    }
    if value.node().as_mapping().is_some_and(is_bare_answers) {
        // Each item id would be an unknown field, and every assessment
        // field missing: dozens of findings that hide the one fix.
        return refused(
            text,
            profile_id,
            findings,
            Rule::MissingField,
            "this is a map of item ids to levels (answers for `assess --answers`), \
             not an assessment; `assess --answers FILE --name NAME` makes one from it",
        );
    }
    let raw_ratings = value.take_mapping("ratings");
    let mut assessment = deserialize_all::<Assessment>(&value, &[], &mut findings);
    if assessment
        .as_ref()
        .is_some_and(|a| super::model::is_blank_name(&a.person))
    {
        // `team` would show a column headed `?`: nobody could tell whose
        // ratings these are.
        findings.push(Finding::at_node(
            Rule::EmptyText,
            "`person` is blank; give the name of the person assessed",
            vec![Segment::Key("person".into())],
        ));
    }
    let ratings = raw_ratings.map(|raw| read_ratings(raw, &ratings_key(), &mut findings));
    if let (Some(assessment), Some(ratings)) = (&mut assessment, ratings) {
        assessment.ratings = ratings;
    }
    Parsed {
        text: text.to_owned(),
        assessment,
        profile_id,
        findings,
        ratings_base: ratings_key(),
    }
}

/// Whether a document is a bare answers map (`devops: familiar`, …): no
/// field of an assessment, and every value a level: a depth's name, a
/// number, or a mapping with a `level` (and an `evidence`).
fn is_bare_answers(mapping: yaml::MappingNode<'_>) -> bool {
    let level = |value: Node<'_>| match value {
        Node::String(word) => crate::profile::Depth::ALL.iter().any(|d| d.name() == word),
        other => answers::rating_shaped(other),
    };
    mapping.keys().next().is_some()
        && mapping.iter().all(|(key, value)| {
            key.is_some_and(|key| !answers::ASSESSMENT_FIELDS.contains(&key)) && level(value)
        })
}

impl Parsed {
    /// The `status` the file gives, when its fields could be read.
    #[must_use]
    pub fn status(&self) -> Option<crate::assessment::Status> {
        self.assessment.as_ref().map(|a| a.status)
    }

    /// The `profile` id the file names, if it names one.
    #[must_use]
    pub fn profile_id(&self) -> Option<&str> {
        self.profile_id.as_deref()
    }
}

/// A file that is no assessment at all: the findings so far and one more,
/// at its start, that says what it is instead.
fn refused(
    text: &str,
    profile_id: Option<String>,
    mut findings: Vec<Finding>,
    rule: Rule,
    message: &str,
) -> Parsed {
    findings.push(Finding {
        rule,
        message: message.into(),
        at: At::Known(Location::START),
    });
    Parsed {
        text: text.to_owned(),
        assessment: None,
        profile_id,
        findings,
        ratings_base: ratings_key(),
    }
}
#[cfg(test)]
mod tests;
