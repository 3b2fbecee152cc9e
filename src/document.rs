//! Checking a parsed YAML document against a typed format while gathering
//! every problem: findings are kept as paths into the document and located
//! (line and column) only at the end, all in one more pass over the file.
//!
//! Used by every file kind (profiles now, assessments later); the kinds own
//! their rules, this module owns the mechanics.

use std::collections::BTreeSet;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, Rule, Severity};
use crate::yaml::{
    self, Expected, Location, Mismatch, PathError, ReadError, ReadProblem, Segment, Target,
    TypedProblem, Value,
};

/// The kinds of file skillgap reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Profile,
    Assessment,
}

/// Keys at least one of which a profile file has at its top level.
const PROFILE_KEYS: [&str; 5] = [
    "id",
    "title",
    "summary",
    "knowledge_skills",
    "organisation_skills",
];
/// Keys only an assessment has at its top level.
const ASSESSMENT_KEYS: [&str; 3] = ["profile", "ratings", "person"];

/// Which kind of file a parsed document is, by its top-level keys.
#[must_use]
pub fn kind_of(value: &Value) -> Option<FileKind> {
    if ASSESSMENT_KEYS.iter().any(|key| value.has_key(key)) {
        Some(FileKind::Assessment)
    } else if PROFILE_KEYS.iter().any(|key| value.has_key(key)) {
        Some(FileKind::Profile)
    } else {
        None
    }
}

/// Characters of text quoted from elsewhere in a finding's message (an
/// earlier item's title, the profile's id).
pub const EXCERPT_CHARS: usize = 60;

/// `text` cut to [`EXCERPT_CHARS`] characters, with `…` when cut. A
/// finding quotes its own text in full, but text from elsewhere may be
/// quoted by thousands of findings: a long one would multiply the file.
#[must_use]
pub fn excerpt(text: &str) -> std::borrow::Cow<'_, str> {
    excerpt_of(text, EXCERPT_CHARS)
}

/// `text` cut to `chars` characters, with `…` when cut.
#[must_use]
pub fn excerpt_of(text: &str, chars: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]).into(),
        None => text.into(),
    }
}

/// A finding not yet located: where it is, as a path into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub message: String,
    pub at: At,
}

/// Where a finding points.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum At {
    Known(Location),
    Node(Vec<Segment>, Target),
}

impl Finding {
    /// A finding about the value at `path`.
    #[must_use]
    pub fn at_node(rule: Rule, message: impl Into<String>, path: Vec<Segment>) -> Self {
        Self {
            rule,
            message: message.into(),
            at: At::Node(path, Target::Value),
        }
    }
}

/// A file after checking: its value when it has no errors, and every
/// finding (errors and warnings), located and sorted.
#[derive(Debug, Clone)]
pub struct Checked<T> {
    pub value: Option<T>,
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Checked<T> {
    /// The first error, if any.
    #[must_use]
    pub fn first_error(&self) -> Option<&Diagnostic> {
        self.diagnostics
            .iter()
            .find(|d| d.severity == Severity::Error)
    }

    /// Only the errors.
    #[must_use]
    pub fn errors(&self) -> Vec<Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .cloned()
            .collect()
    }
}

/// The rule a reading failure breaks.
#[must_use]
pub fn read_rule(problem: ReadProblem) -> Rule {
    match problem {
        ReadProblem::Empty => Rule::FileEmpty,
        ReadProblem::TooLarge => Rule::FileTooLarge,
        ReadProblem::NotUtf8 => Rule::NotUtf8,
        ReadProblem::ControlCharacter => Rule::ControlCharacter,
        ReadProblem::TooDeep => Rule::TooDeep,
        ReadProblem::TooManyNodes => Rule::TooManyNodes,
        ReadProblem::Tag => Rule::YamlTag,
        ReadProblem::Syntax => Rule::YamlSyntax,
        ReadProblem::MultipleDocuments => Rule::MultipleDocuments,
        ReadProblem::DuplicateKey => Rule::DuplicateKey,
        ReadProblem::KeyNotText => Rule::WrongType,
        ReadProblem::AliasBomb => Rule::AliasBomb,
    }
}

/// A file that could not be read as YAML at all.
#[must_use]
pub fn read_failure<T>(path: &Path, error: &ReadError) -> Checked<T> {
    Checked {
        value: None,
        diagnostics: vec![Diagnostic::new(
            path,
            error.location,
            read_rule(error.problem),
            &error.message,
        )],
    }
}

/// Deserialises the mapping `value` into `T`, reporting every field that
/// fails (not only the first): a failing field is recorded, dropped, and
/// the rest tried again. `base` is the path of `value` in the document.
/// Returns `T` only when there was no error.
pub fn deserialize_all<T: DeserializeOwned>(
    value: &Value,
    base: &[Segment],
    findings: &mut Vec<Finding>,
) -> Option<T> {
    let mut error = match yaml::from_value::<T>(value) {
        Ok(typed) => return Some(typed),
        Err(error) => error,
    };
    let mut work = value.clone();
    let mut dropped = BTreeSet::new();
    loop {
        let missing = match &error.problem {
            TypedProblem::MissingField(field) => Some(field.as_str()),
            _ => None,
        };
        if missing.is_some_and(|field| dropped.contains(field)) {
            // Already reported as broken; its absence says nothing new.
            return None;
        }
        let mut path = base.to_vec();
        path.extend(error.path.iter().cloned());
        findings.push(typed_finding(&error, path));
        let Some(Segment::Key(field)) = error.path.first() else {
            return None;
        };
        // Swap, not shift: shifting made a mapping of thousands of unknown
        // fields quadratic. Findings are sorted by place anyway.
        let removed = work.swap_remove(field);
        if removed.is_none() || missing.is_some() {
            return None;
        }
        dropped.insert(field.clone());
        error = match yaml::from_value::<T>(&work) {
            Ok(_) => return None,
            Err(error) => error,
        };
    }
}

/// Turns a typed failure into a finding with a rule and plain wording,
/// deciding by its kind; the message is serde's, quoted.
fn typed_finding(error: &PathError, path: Vec<Segment>) -> Finding {
    let message = &error.message;
    let field = path.iter().rev().find_map(|s| match s {
        Segment::Key(key) => Some(key.as_str()),
        Segment::Index(_) => None,
    });
    let (rule, target, text) = match &error.problem {
        TypedProblem::UnknownField(name) if name == "<<" => (
            Rule::UnknownField,
            Target::Key,
            "merge keys (`<<`) are not supported; write the fields out".to_owned(),
        ),
        TypedProblem::UnknownField(_) => (Rule::UnknownField, Target::Key, message.clone()),
        TypedProblem::MissingField(_) => (Rule::MissingField, Target::Value, message.clone()),
        TypedProblem::UnknownVariant if field == Some("depth") => {
            (Rule::OffScale, Target::Value, format!("`depth`: {message}"))
        }
        TypedProblem::NoVariantMatched if field == Some("organisation_scale") => (
            Rule::WrongType,
            Target::Value,
            "organisation_scale must be `ddat`, `sfia`, or a mapping with `name` and `levels`"
                .to_owned(),
        ),
        TypedProblem::Mismatch(Mismatch {
            found,
            found_text,
            expected: Some(Expected::Byte),
        }) if field == Some("level") => (
            // A number off the byte range is off any scale; text is the wrong type.
            if *found_text {
                Rule::WrongType
            } else {
                Rule::OffScale
            },
            Target::Value,
            format!("`level` must be a whole number on the organisation scale ({found})"),
        ),
        problem => {
            let plain = match problem {
                TypedProblem::Mismatch(Mismatch {
                    found,
                    expected: Some(expected),
                    ..
                }) => format!("{found}, expected {}", expected.plain()),
                _ => message.clone(),
            };
            let text = match field {
                Some(key) => format!("`{key}`: {plain}"),
                None => plain,
            };
            (Rule::WrongType, Target::Value, text)
        }
    };
    Finding {
        rule,
        message: text,
        at: At::Node(path, target),
    }
}

/// Locates findings in `text` and turns them into sorted diagnostics:
/// one pass over the file for all of them, and every finding kept (only a
/// finding made twice about the same node is reported once).
#[must_use]
pub fn locate_all(path: &Path, text: &str, mut findings: Vec<Finding>) -> Vec<Diagnostic> {
    let mut seen = std::collections::HashSet::new();
    findings.retain(|f| seen.insert((f.rule, f.message.clone(), f.at.clone())));
    let wanted = findings.iter().filter_map(|finding| match &finding.at {
        At::Node(segments, target) => Some((segments.as_slice(), *target)),
        At::Known(_) => None,
    });
    let places = yaml::Places::find(text, wanted);
    let mut diagnostics: Vec<Diagnostic> = findings
        .into_iter()
        .map(|finding| {
            let location = match &finding.at {
                At::Known(location) => *location,
                At::Node(segments, target) => nearest(&places, segments, *target),
            };
            Diagnostic::new(path, location, finding.rule, finding.message)
        })
        .collect();
    diagnostics.sort();
    diagnostics
}

/// The node's location, or that of its nearest ancestor that exists.
fn nearest(places: &yaml::Places, segments: &[Segment], target: Target) -> Location {
    (0..=segments.len())
        .rev()
        .find_map(|len| {
            let target = if len == segments.len() {
                target
            } else {
                Target::Value
            };
            places.get(&segments[..len], target)
        })
        .unwrap_or(Location::START)
}

#[cfg(test)]
#[path = "document_tests.rs"]
mod tests;
