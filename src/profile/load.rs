//! Reading a profile file: bytes in, a checked [`Profile`] and every finding
//! out. The top-level fields and each component are deserialised on their
//! own, so one broken component does not hide the others; then the profile
//! is checked as a whole (`profile::check`).

use std::collections::BTreeMap;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::check::{self, Known};
use super::model::Profile;
use crate::diagnostic::Rule;
use crate::document::{At, Checked, Finding, deserialize_all, locate_all, read_failure};
use crate::yaml::{self, Location, Segment, Value};

/// The list sections holding components, checked one component at a time.
const COMPONENT_SECTIONS: [&str; 6] = [
    "work_activities",
    "knowledge_skills",
    "organisation_skills",
    "training",
    "development_activities",
    "qualifications",
];

/// Reads and checks a profile from the bytes of `path`.
#[must_use]
pub fn check_profile(path: &Path, bytes: &[u8]) -> Checked<Profile> {
    let text = match yaml::decode(bytes) {
        Ok(text) => text,
        Err(error) => return read_failure(path, &error),
    };
    let value = match yaml::parse(text) {
        Ok(value) => value,
        Err(error) => return read_failure(path, &error),
    };
    if crate::document::kind_of(&value) == Some(crate::document::FileKind::Assessment) {
        // The mirror of what `report` says of a profile: one finding that
        // names the mistake, not one `unknown field` per assessment key.
        let finding = Finding {
            rule: Rule::UnknownKind,
            message: "this is an assessment, not a profile".into(),
            at: At::Known(Location::START),
        };
        return Checked {
            value: None,
            diagnostics: locate_all(path, text, vec![finding]),
        };
    }
    check_profile_value(path, text, value)
}

/// Checks an already parsed profile document (`text` is its source, used
/// only to locate findings).
#[must_use]
pub fn check_profile_value(path: &Path, text: &str, mut value: Value) -> Checked<Profile> {
    let mut findings = Vec::new();
    if !value.is_mapping() {
        let finding = Finding {
            rule: Rule::WrongType,
            message: "a profile is a mapping of fields (`id`, `title`, `summary`, ...)".into(),
            at: At::Known(Location::START),
        };
        return Checked {
            value: None,
            diagnostics: locate_all(path, text, vec![finding]),
        };
    }
    // Take the component lists out; what is left is checked as the top level.
    let mut sections: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
    for section in COMPONENT_SECTIONS {
        // `training:` with nothing after it becomes an empty list.
        if let Some(items) = value.take_sequence(section) {
            sections.insert(section, items);
        }
    }
    let top = deserialize_all::<Profile>(&value, &[], &mut findings);
    let mut known = Known::default();
    known.top_level_broken = top.is_none();
    let mut profile = top.unwrap_or_default();
    let mut reader = Components {
        sections,
        findings: &mut findings,
        known: &mut known,
        kept: Kept::default(),
    };
    profile.work_activities = reader.take("work_activities");
    profile.knowledge_skills = reader.take("knowledge_skills");
    profile.organisation_skills = reader.take("organisation_skills");
    profile.training = reader.take("training");
    profile.development_activities = reader.take("development_activities");
    profile.qualifications = reader.take("qualifications");
    let kept = reader.kept;

    let clean = findings.is_empty();
    let mut semantic = check::check(&mut profile, &known);
    for finding in &mut semantic {
        kept.restore(finding);
    }
    findings.extend(semantic);
    let diagnostics = locate_all(path, text, findings);
    let has_errors = diagnostics
        .iter()
        .any(|d| d.severity == crate::diagnostic::Severity::Error);
    Checked {
        value: (clean && !has_errors).then_some(profile),
        diagnostics,
    }
}

/// The component lists taken out of the document, read one by one.
struct Components<'a> {
    sections: BTreeMap<&'static str, Vec<Value>>,
    findings: &'a mut Vec<Finding>,
    known: &'a mut Known,
    kept: Kept,
}

impl Components<'_> {
    /// Deserialises each component of `section`, keeping the good ones and
    /// remembering what can be read of the broken ones.
    fn take<T: DeserializeOwned>(&mut self, section: &'static str) -> Vec<T> {
        let items = self.sections.remove(section).unwrap_or_default();
        let mut good = Vec::with_capacity(items.len());
        let mut indexes = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let base = [Segment::Key(section.to_owned()), Segment::Index(index)];
            if let Some(component) = deserialize_all::<T>(item, &base, self.findings) {
                good.push(component);
                indexes.push(index);
            } else {
                self.known.remember(item);
                self.known.rated_item_broken |=
                    matches!(section, "knowledge_skills" | "organisation_skills");
            }
        }
        self.kept.indexes.insert(section, indexes);
        good
    }
}

/// For each section, the file's index of every component that was kept, so
/// findings about the kept list point at the right place in the file.
#[derive(Debug, Default)]
struct Kept {
    indexes: BTreeMap<&'static str, Vec<usize>>,
}

impl Kept {
    fn restore(&self, finding: &mut Finding) {
        if let At::Node(segments, _) = &mut finding.at
            && let [Segment::Key(section), Segment::Index(index), ..] = segments.as_mut_slice()
            && let Some(original) = self
                .indexes
                .get(section.as_str())
                .and_then(|kept| kept.get(*index))
        {
            *index = *original;
        }
    }
}
