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
#[derive(Debug, Clone)]
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
        .or_else(|| {
            value
                .get("profiles")?
                .as_sequence()?
                .iter()
                .next()
                .and_then(Node::as_str)
        })
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
    if let Some(assessment) = &mut assessment {
        settle_profiles(assessment, &mut findings);
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

/// A file names `profile`, or `profiles` for an assessment made for several
/// in one sitting (SPEC §4); such a file is read against the first of them
/// until [`Parsed::serving`] picks another.
fn settle_profiles(assessment: &mut Assessment, findings: &mut Vec<Finding>) {
    let single = !assessment.profile.is_empty() || assessment.profile_digest.is_some();
    match assessment.profiles.first().cloned() {
        Some(_) if single => findings.push(Finding::at_node(
            Rule::UnknownField,
            "an assessment names `profile` (and `profile_digest`) or `profiles` (and `profile_digests`), not both",
            vec![Segment::Key("profiles".into())],
        )),
        Some(first) => {
            several_once_each(assessment, findings);
            serve(assessment, &first);
        }
        None if assessment.profile.is_empty() => findings.push(Finding {
            rule: Rule::MissingField,
            message: "missing field `profile` (or a non-empty `profiles`, for an assessment of several profiles)"
                .into(),
            at: At::Known(Location::START),
        }),
        None => {}
    }
}

/// A file of several profiles names each once in `profiles`, and gives a
/// digest only for those it names: a second mention would be ranked and
/// listed twice, and a digest of a profile not named is never checked.
fn several_once_each(assessment: &Assessment, findings: &mut Vec<Finding>) {
    let mut seen = std::collections::HashSet::new();
    for (index, id) in assessment.profiles.iter().enumerate() {
        if !seen.insert(id.as_str()) {
            findings.push(Finding::at_node(
                Rule::DuplicateId,
                format!("`profiles` names `{id}` twice; name each profile once"),
                vec![Segment::Key("profiles".into()), Segment::Index(index)],
            ));
        }
    }
    for id in assessment.profile_digests.keys() {
        if !seen.contains(id.as_str()) {
            findings.push(Finding::at_node(
                Rule::UnknownField,
                format!("`profile_digests` has a digest for `{id}`, which `profiles` does not name; add it to `profiles` or remove the digest"),
                vec![Segment::Key("profile_digests".into()), Segment::Key(id.clone())],
            ));
        }
    }
}

/// Reads a file of several profiles as one of `id`, with that profile's
/// digest.
fn serve(assessment: &mut Assessment, id: &str) {
    id.clone_into(&mut assessment.profile);
    assessment.profile_digest = assessment.profile_digests.get(id).cloned();
}

impl Parsed {
    /// The profiles the file serves: those of `profiles`, or the one of
    /// `profile`.
    #[must_use]
    pub fn profile_ids(&self) -> Vec<String> {
        match &self.assessment {
            Some(a) if !a.profiles.is_empty() => a.profiles.clone(),
            _ => self.profile_id.iter().cloned().collect(),
        }
    }

    /// The file without the digest of the profile it is read against: for
    /// reading a file of several profiles against them all, joined.
    #[must_use]
    pub fn without_digest(mut self) -> Self {
        if let Some(assessment) = &mut self.assessment {
            assessment.profile_digest = None;
        }
        self
    }

    /// The file read against all its profiles joined into one, of id
    /// `joined` (see `assessment::several`).
    #[must_use]
    pub fn serving_all(mut self, joined: &str) -> Self {
        if let Some(assessment) = &mut self.assessment {
            joined.clone_into(&mut assessment.profile);
            assessment.profile_digest = None;
            self.profile_id = Some(joined.to_owned());
        }
        self
    }

    /// Whether the file was made for `id` among several profiles.
    #[must_use]
    pub fn serves(&self, id: &str) -> bool {
        self.assessment
            .as_ref()
            .is_some_and(|a| a.profiles.iter().any(|p| p == id))
    }

    /// The file read as an assessment of `id`, one of the several profiles
    /// it serves (else unchanged).
    #[must_use]
    pub fn serving(mut self, id: &str) -> Self {
        if self.serves(id)
            && let Some(assessment) = &mut self.assessment
        {
            serve(assessment, id);
            self.profile_id = Some(id.to_owned());
        }
        self
    }

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

    /// The assessment as read, before any check against a profile, when
    /// reading it found nothing wrong: what the round trip of a written
    /// assessment is checked on (`fuzz/`, the `PyYAML` test).
    #[must_use]
    pub fn read_cleanly(&self) -> Option<&Assessment> {
        self.assessment
            .as_ref()
            .filter(|_| self.findings.is_empty())
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
