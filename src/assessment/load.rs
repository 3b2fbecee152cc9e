//! Reading an assessment file, in two steps: [`parse`] checks the file on
//! its own (hardened YAML, fields, each rating's shape); then
//! [`Parsed::check_against`] checks it against its profile (items exist,
//! levels on each item's scale, the profile unchanged).

use std::collections::HashMap;
use std::path::Path;

use indexmap::IndexMap;

use super::model::{Assessment, Level, Rating};
use crate::diagnostic::{Diagnostic, Rule};
use crate::document::{At, Checked, Finding, deserialize_all, locate_all, read_failure};
use crate::profile::{Depth, ItemScale, Profile, RatedItem, digest};
use crate::yaml::{self, Location, Segment, Target, Value};

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
        .and_then(Value::as_str)
        .map(str::to_owned);
    let Some(mapping) = value.as_mapping_mut() else {
        findings.push(Finding {
            rule: Rule::WrongType,
            message: "an assessment is a mapping of fields (`profile`, `person`, `ratings`, ...)"
                .into(),
            at: At::Known(Location::START),
        });
        return Parsed {
            text: text.to_owned(),
            assessment: None,
            profile_id,
            findings,
            ratings_base: ratings_key(),
        };
    };
    let raw_ratings = match mapping.get_mut("ratings") {
        Some(Value::Mapping(ratings)) => Some(std::mem::take(ratings)),
        Some(empty @ Value::Null) => {
            *empty = Value::Mapping(yaml::Mapping::new());
            None
        }
        _ => None,
    };
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
    let ratings = raw_ratings.map(|raw| read_ratings(&raw, &ratings_key(), &mut findings));
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

/// The top-level fields of an assessment file.
const ASSESSMENT_FIELDS: [&str; 8] = [
    "profile",
    "profile_digest",
    "person",
    "assessor",
    "assessor_name",
    "date",
    "status",
    "ratings",
];

/// Whether `value` could be one rating: a level (`familiar`, `3`) or a
/// mapping of `level` and `evidence` only.
fn rating_shaped(value: &Value) -> bool {
    match value {
        Value::String(_) | Value::Number(_) => true,
        Value::Mapping(fields) => {
            fields.contains_key("level")
                && fields
                    .keys()
                    .all(|k| matches!(k.as_str(), Some("level" | "evidence")))
        }
        _ => false,
    }
}

/// Whether an answers document is a whole assessment rather than a bare
/// map of ratings, judged by its whole shape: a key counts as an
/// assessment field unless the profile has an item of that id and the
/// value could rate it (so items called `profile` or `ratings` can be
/// answered in a bare map).
fn is_whole_assessment(mapping: &yaml::Mapping, is_item: impl Fn(&str) -> bool) -> bool {
    mapping.iter().any(|(key, value)| {
        key.as_str().is_some_and(|key| {
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
        .as_mapping()
        .is_some_and(|m| is_whole_assessment(m, is_item))
    {
        return parse_value(text, value);
    }
    let mut findings = Vec::new();
    let ratings = if let Value::Mapping(raw) = &value {
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

fn rating_path(base: &[Segment], id: &str) -> Vec<Segment> {
    let mut path = base.to_vec();
    path.push(Segment::Key(id.to_owned()));
    path
}

fn ratings_key() -> Vec<Segment> {
    vec![Segment::Key("ratings".into())]
}

fn read_ratings(
    raw: &yaml::Mapping,
    base: &[Segment],
    findings: &mut Vec<Finding>,
) -> IndexMap<String, Rating> {
    let mut ratings = IndexMap::new();
    for (key, value) in raw {
        let id = key.as_str().unwrap_or_default();
        if let Some(rating) = read_rating(base, id, value, findings) {
            ratings.insert(id.to_owned(), rating);
        }
    }
    ratings
}

/// A rating is a level (`familiar`, `3`) or `{level, evidence}`.
fn read_rating(
    base: &[Segment],
    id: &str,
    value: &Value,
    findings: &mut Vec<Finding>,
) -> Option<Rating> {
    let Value::Mapping(fields) = value else {
        return read_level(value, rating_path(base, id), findings).map(|level| Rating {
            level,
            evidence: None,
        });
    };
    let mut level = None;
    let mut evidence = None;
    let mut ok = true;
    for (key, field) in fields {
        let name = key.as_str().unwrap_or_default();
        let mut path = rating_path(base, id);
        path.push(Segment::Key(name.to_owned()));
        match name {
            "level" => {
                level = read_level(field, path, findings);
                ok &= level.is_some();
            }
            "evidence" => match field {
                Value::String(text) => evidence = Some(text.clone()),
                Value::Null => {}
                _ => {
                    ok = false;
                    findings.push(Finding::at_node(
                        Rule::WrongType,
                        "`evidence` must be text",
                        path,
                    ));
                }
            },
            other => {
                ok = false;
                findings.push(Finding {
                    rule: Rule::UnknownField,
                    message: format!("unknown field `{other}`, expected `level` or `evidence`"),
                    at: At::Node(path, Target::Key),
                });
            }
        }
    }
    if level.is_none() && ok {
        findings.push(Finding::at_node(
            Rule::MissingField,
            format!("rating of `{id}` has no `level`"),
            rating_path(base, id),
        ));
    }
    Some(Rating {
        level: level?,
        evidence,
    })
    .filter(|_| ok)
}

fn read_level(value: &Value, path: Vec<Segment>, findings: &mut Vec<Finding>) -> Option<Level> {
    let found = match value {
        Value::String(text) => Depth::ALL
            .into_iter()
            .find(|d| d.name() == text)
            .map(Level::Depth)
            .ok_or_else(|| {
                (
                    Rule::OffScale,
                    format!(
                        "`{text}` is not a level: use none, aware, familiar, proficient or expert, or a number on the organisation scale"
                    ),
                )
            }),
        Value::Number(number) => number
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .map(Level::Number)
            .ok_or_else(|| {
                (
                    Rule::OffScale,
                    format!("{number} is not a level: organisation levels are whole numbers from 0"),
                )
            }),
        _ => Err((
            Rule::WrongType,
            "a level is a word such as `familiar` or a number such as `3`".to_owned(),
        )),
    };
    match found {
        Ok(level) => Some(level),
        Err((rule, message)) => {
            findings.push(Finding::at_node(rule, message, path));
            None
        }
    }
}

/// How the profile measured against differs from the one assessed: a
/// later version of it (the digest differs), or another profile given
/// with `--profile`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ProfileChange {
    /// The profile id the assessment was made against, when another
    /// profile was measured against.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessed_against: Option<String>,
    /// Items rated then that the profile measured against does not have;
    /// their ratings are ignored.
    pub removed: Vec<String>,
    /// For a complete assessment: items in the profile now that were not
    /// rated then (added since, or skipped).
    pub not_rated_then: Vec<String>,
}

/// Whether `text` has the shape of a digest this tool writes.
fn well_formed_digest(text: &str) -> bool {
    text.strip_prefix("sha256:").is_some_and(|hex| {
        hex.len() == 64
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

impl Parsed {
    /// The `profile` id the file names, if it names one.
    #[must_use]
    pub fn profile_id(&self) -> Option<&str> {
        self.profile_id.as_deref()
    }

    /// Checks the assessment against `profile` (`None`: no profile with the
    /// named id; `known_ids` then feed the suggestion) and locates every
    /// finding. Returns the assessment when it has no error.
    #[must_use]
    pub fn check_against(
        self,
        path: &Path,
        profile: Option<&Profile>,
        known_ids: &[&str],
    ) -> (Checked<Assessment>, Option<ProfileChange>) {
        let digest = profile.map(digest);
        self.check_against_digest(path, profile.zip(digest.as_deref()), known_ids)
    }

    /// [`Parsed::check_against`] with the profile's digest worked out
    /// once by the caller (it serialises the whole profile): for checking
    /// many assessments against one profile.
    #[must_use]
    pub fn check_against_digest(
        mut self,
        path: &Path,
        target: Option<(&Profile, &str)>,
        known_ids: &[&str],
    ) -> (Checked<Assessment>, Option<ProfileChange>) {
        let profile = target.map(|(profile, _)| profile);
        let mut change = None;
        match (profile, &self.assessment) {
            (None, _) => {
                if let Some(id) = &self.profile_id {
                    let suggestion = crate::suggest::closest(id, known_ids.iter().copied())
                        .map(|s| format!("; did you mean `{s}`?"))
                        .unwrap_or_default();
                    self.findings.push(Finding::at_node(
                        Rule::UnknownProfile,
                        format!(
                            "no profile with id `{id}`{suggestion} (give its folder with --profiles)"
                        ),
                        vec![Segment::Key("profile".into())],
                    ));
                }
            }
            (Some(profile), Some(assessment)) => {
                let current = target.map_or("", |(_, digest)| digest);
                change = check_ratings(
                    profile,
                    current,
                    assessment,
                    &self.ratings_base,
                    &mut self.findings,
                );
            }
            (Some(_), None) => {}
        }
        let clean = !self
            .findings
            .iter()
            .any(|f| f.rule.severity() == crate::diagnostic::Severity::Error);
        let diagnostics = locate_all(path, &self.text, self.findings);
        (
            Checked {
                value: self.assessment.filter(|_| clean && profile.is_some()),
                diagnostics,
            },
            change,
        )
    }
}

fn check_ratings(
    profile: &Profile,
    current_digest: &str,
    assessment: &Assessment,
    base: &[Segment],
    findings: &mut Vec<Finding>,
) -> Option<ProfileChange> {
    if let Some(recorded) = &assessment.profile_digest
        && !well_formed_digest(recorded)
    {
        findings.push(Finding::at_node(
            Rule::WrongType,
            "`profile_digest` is not a digest this tool wrote (`sha256:` and 64 hex digits); remove it or let `assess` write it",
            vec![Segment::Key("profile_digest".into())],
        ));
    }
    // Another profile given with --profile: ratings of items it lacks are
    // set aside, not errors. A later version of the same profile: the same,
    // said as a change. Otherwise an unknown item is an error.
    let other = assessment.profile != profile.id;
    let changed = other
        || assessment
            .profile_digest
            .as_ref()
            .is_some_and(|recorded| well_formed_digest(recorded) && recorded != current_digest);
    let items = profile.rated_items();
    let mut by_id: HashMap<&str, &RatedItem<'_>> = HashMap::with_capacity(items.len());
    for item in &items {
        by_id.entry(item.id).or_insert(item);
    }
    // One budget for every "did you mean" in this assessment.
    let mut suggester = crate::suggest::Suggester::new(items.iter().map(|i| i.id));
    let mut change = ProfileChange::default();
    // Quoted in every finding about an unknown item: thousands of them
    // each quoting a long id would multiply the file.
    let profile_id = crate::document::excerpt(&profile.id);
    for (id, rating) in &assessment.ratings {
        let Some(item) = by_id.get(id.as_str()) else {
            if changed {
                let message = if other {
                    format!("profile `{profile_id}` has no item `{id}`; its rating is set aside")
                } else {
                    format!(
                        "`{id}` is not in profile `{profile_id}` any more; its rating is ignored"
                    )
                };
                findings.push(Finding {
                    rule: Rule::RemovedItem,
                    message,
                    at: At::Node(rating_path(base, id), Target::Key),
                });
                change.removed.push(id.clone());
            } else {
                let suggestion = suggester
                    .closest(id)
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                findings.push(Finding {
                    rule: Rule::UnknownItem,
                    message: format!("profile `{profile_id}` has no item `{id}`{suggestion}"),
                    at: At::Node(rating_path(base, id), Target::Key),
                });
            }
            continue;
        };
        if let Some(message) = off_scale(item.scale, rating.level) {
            // A bare rating (`id: 3`) has no `level` key; locating falls
            // back to the rating itself.
            let mut path = rating_path(base, id);
            path.push(Segment::Key("level".into()));
            findings.push(Finding::at_node(
                Rule::OffScale,
                format!("`{id}`: {message}"),
                path,
            ));
        }
    }
    if other {
        change.assessed_against = Some(assessment.profile.clone());
        return Some(change);
    }
    if changed {
        if assessment.status == super::model::Status::Complete {
            change.not_rated_then = items
                .iter()
                .filter(|item| !assessment.ratings.contains_key(item.id))
                .map(|item| item.id.to_owned())
                .collect();
        }
        findings.push(Finding::at_node(
            Rule::ProfileChanged,
            format!(
                "profile `{}` has changed since this assessment (its digest differs)",
                profile.id
            ),
            vec![Segment::Key("profile_digest".into())],
        ));
        return Some(change);
    }
    None
}

/// Why `level` is not on `scale`, if it is not.
#[must_use]
pub fn off_scale(scale: ItemScale<'_>, level: Level) -> Option<String> {
    match (scale, level) {
        (ItemScale::Depth, Level::Number(n)) => Some(format!(
            "{n} is a number, but this item is rated on the depth scale (none, aware, familiar, proficient, expert)"
        )),
        (ItemScale::Organisation(spec), Level::Depth(depth)) => Some(format!(
            "`{}` is a depth, but this item is rated on the {} scale (0 to {})",
            depth.name(),
            spec.name(),
            spec.top()
        )),
        (ItemScale::Organisation(spec), Level::Number(n)) if n > spec.top() => Some(format!(
            "level {n} is off the {} scale (0 to {})",
            spec.name(),
            spec.top()
        )),
        (ItemScale::Depth, Level::Depth(_)) | (ItemScale::Organisation(_), Level::Number(_)) => {
            None
        }
    }
}
