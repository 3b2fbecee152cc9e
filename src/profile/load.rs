//! Reading a profile file: bytes in, a checked [`Profile`] and every finding
//! out. Deserialises the raw document, then checks it as a whole
//! (`profile::check`), gathering every problem instead of stopping at the
//! first.

use std::collections::BTreeMap;
use std::path::Path;

use super::check;
use super::model::Profile;
use crate::diagnostic::{Diagnostic, Rule, Severity};
use crate::yaml::{self, Location, ReadError, ReadProblem, Segment, Target, Value};

/// A finding not yet located: where it is, as a path into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub message: String,
    pub at: At,
}

/// Where a finding points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum At {
    Known(Location),
    Node(Vec<Segment>, Target),
}

impl Finding {
    #[must_use]
    pub fn at_node(rule: Rule, message: impl Into<String>, path: Vec<Segment>) -> Self {
        Self {
            rule,
            message: message.into(),
            at: At::Node(path, Target::Value),
        }
    }
}

/// A profile file after checking: the profile when it has no errors, and all
/// findings (errors and warnings), located and sorted.
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
}

/// Reads and checks a profile from the bytes of `path`.
#[must_use]
pub fn check_profile(path: &Path, bytes: &[u8]) -> Checked<Profile> {
    let text = match yaml::decode(bytes) {
        Ok(text) => text,
        Err(error) => return read_failure(path, &error),
    };
    let mut value = match yaml::parse(text) {
        Ok(value) => value,
        Err(error) => return read_failure(path, &error),
    };
    check_profile_value(path, text, &mut value)
}

/// Checks an already parsed profile document (`text` is its source, used
/// only to locate findings).
#[must_use]
pub fn check_profile_value(path: &Path, text: &str, value: &mut Value) -> Checked<Profile> {
    let mut pruned = Pruned::default();
    let mut findings = Vec::new();
    let profile = deserialize_collecting::<Profile>(value, &mut pruned, &mut findings);
    let clean = findings.is_empty();
    let profile = profile.map(|mut profile| {
        let mut semantic = check::check(&mut profile, &pruned.known);
        for finding in &mut semantic {
            pruned.restore(finding);
        }
        findings.extend(semantic);
        profile
    });
    let diagnostics = locate_all(path, text, findings);
    let has_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    Checked {
        value: profile.filter(|_| clean && !has_errors),
        diagnostics,
    }
}

pub(crate) fn read_failure<T>(path: &Path, error: &ReadError) -> Checked<T> {
    let rule = match error.problem {
        ReadProblem::Empty => Rule::FileEmpty,
        ReadProblem::TooLarge => Rule::FileTooLarge,
        ReadProblem::NotUtf8 => Rule::NotUtf8,
        ReadProblem::TooDeep => Rule::TooDeep,
        ReadProblem::Syntax => Rule::YamlSyntax,
        ReadProblem::MultipleDocuments => Rule::MultipleDocuments,
        ReadProblem::DuplicateKey => Rule::DuplicateKey,
        ReadProblem::AliasBomb => Rule::AliasBomb,
    };
    Checked {
        value: None,
        diagnostics: vec![Diagnostic::new(path, error.location, rule, &error.message)],
    }
}

/// Locates findings in `text` and turns them into sorted diagnostics.
pub(crate) fn locate_all(path: &Path, text: &str, findings: Vec<Finding>) -> Vec<Diagnostic> {
    let mut diagnostics: Vec<Diagnostic> = findings
        .into_iter()
        .map(|finding| {
            let location = match &finding.at {
                At::Known(location) => *location,
                At::Node(segments, target) => locate_nearest(text, segments, *target),
            };
            Diagnostic::new(path, location, finding.rule, finding.message)
        })
        .collect();
    diagnostics.sort();
    diagnostics.dedup();
    diagnostics
}

/// The node's location, or that of its nearest ancestor that exists.
fn locate_nearest(text: &str, segments: &[Segment], target: Target) -> Location {
    (0..=segments.len())
        .rev()
        .find_map(|len| {
            let target = if len == segments.len() {
                target
            } else {
                Target::Value
            };
            yaml::locate(text, &segments[..len], target)
        })
        .unwrap_or(Location::START)
}

/// Components removed from top-level lists while collecting errors, by
/// section, as original indexes; maps later (shifted) indexes back.
#[derive(Debug, Default)]
pub(crate) struct Pruned {
    removed: BTreeMap<String, Vec<usize>>,
    /// What the removed components were: their ids and `develops` lists, so
    /// that later checks do not report links to them as broken.
    pub(crate) known: check::Known,
}

impl Pruned {
    fn original(&self, section: &str, shifted: usize) -> usize {
        let mut index = shifted;
        if let Some(removed) = self.removed.get(section) {
            for &r in removed {
                if r <= index {
                    index += 1;
                }
            }
        }
        index
    }

    /// Rewrites a finding's path from pruned indexes to the file's own.
    pub(crate) fn restore(&self, finding: &mut Finding) {
        if let At::Node(segments, _) = &mut finding.at
            && let [Segment::Key(section), Segment::Index(index), ..] = segments.as_mut_slice()
        {
            *index = self.original(section, *index);
        }
    }

    fn remove(&mut self, section: &str, original: usize) {
        let removed = self.removed.entry(section.to_owned()).or_default();
        removed.push(original);
        removed.sort_unstable();
    }
}

/// Deserialises `value` into `T`, and on failure records the error, drops
/// the offending list element (or unknown top-level key) and tries again, so
/// that one broken component does not hide the others.
pub(crate) fn deserialize_collecting<T: serde::de::DeserializeOwned>(
    value: &mut Value,
    pruned: &mut Pruned,
    findings: &mut Vec<Finding>,
) -> Option<T> {
    loop {
        let error = match yaml::from_value::<T>(value) {
            Ok(typed) => return Some(typed),
            Err(error) => error,
        };
        let mut finding = typed_finding(&error);
        pruned.restore(&mut finding);
        let segments = yaml::split_path(&error.path);
        findings.push(finding);
        match segments.as_slice() {
            [Segment::Key(section), Segment::Index(index), ..] => {
                let original = pruned.original(section, *index);
                let removed = value
                    .get_mut(section.as_str())
                    .and_then(Value::as_sequence_mut)
                    .filter(|items| *index < items.len())
                    .map(|items| items.remove(*index))?;
                pruned.known.remember(&removed);
                pruned.remove(section, original);
            }
            [Segment::Key(key)] if error.message.starts_with("unknown field") => {
                value.as_mapping_mut()?.remove(key.as_str())?;
            }
            _ => return None,
        }
    }
}

fn typed_finding(error: &yaml::PathError) -> Finding {
    let message = &error.message;
    let segments = yaml::split_path(&error.path);
    let last_key = segments.iter().rev().find_map(|s| match s {
        Segment::Key(key) => Some(key.as_str()),
        Segment::Index(_) => None,
    });
    let (rule, target) = if message.starts_with("unknown field") {
        (Rule::UnknownField, Target::Key)
    } else if message.starts_with("missing field") {
        (Rule::MissingField, Target::Value)
    } else if message.starts_with("unknown variant") && last_key == Some("depth") {
        (Rule::OffScale, Target::Value)
    } else {
        (Rule::WrongType, Target::Value)
    };
    let message = if message.starts_with("data did not match any variant") {
        "organisation_scale must be `ddat`, `sfia`, or a mapping with `name` and `levels`"
            .to_owned()
    } else {
        let field = match (rule, last_key) {
            (Rule::WrongType | Rule::OffScale, Some(key)) => format!("`{key}`: "),
            _ => String::new(),
        };
        format!("{field}{message}")
    };
    Finding {
        rule,
        message,
        at: At::Node(segments, target),
    }
}
