//! Checking a parsed assessment against its profile: every rated item
//! exists, every level is on its item's scale, and the profile is the one
//! assessed (its digest unchanged), saying what changed when it is not.
//! It reads no file and does not decide which profile to use.

use std::collections::HashMap;
use std::path::Path;

use super::Parsed;
use super::ratings::rating_path;
use crate::assessment::model::{Assessment, Level};
use crate::diagnostic::Rule;
use crate::document::{At, Checked, Finding, locate_all};
use crate::profile::{ItemScale, Profile, RatedItem, digest};
use crate::yaml::{Segment, Target};

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
    /// Keys the ratings, made against `source`, under the DDaT skills its
    /// items say they are, so that they count for another profile that
    /// needs the same skills (`report --profile`): a file written before
    /// the links were keeps the items' own ids.
    #[must_use]
    pub fn made_against(mut self, source: &Profile) -> Self {
        if let Some(assessment) = &mut self.assessment {
            assessment.ratings = super::super::links::for_file(&assessment.ratings, source);
        }
        self
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
        match (profile, &mut self.assessment) {
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
                super::super::links::link(&mut assessment.ratings, profile);
                if assessment.profiles.contains(&profile.id) {
                    // Made for several profiles: the ratings of the others'
                    // skills are theirs, not unknown items of this one.
                    let items = profile.rated_items();
                    let own: std::collections::HashSet<&str> =
                        items.iter().map(|item| item.id).collect();
                    assessment.ratings.retain(|id, _| own.contains(id.as_str()));
                }
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

/// Finds a profile's rated items by id. Ratings usually come in the
/// profile's own order (`assess` writes them so), so the item after the
/// last one found is tried first; a map of every id is built only when
/// that guess first fails. Ids are unique within a valid profile (a
/// repeat is an error), and only valid profiles are checked against.
struct ItemLookup<'p, 'i> {
    items: &'i [RatedItem<'p>],
    next: usize,
    by_id: Option<HashMap<&'p str, usize>>,
}

impl<'p, 'i> ItemLookup<'p, 'i> {
    fn new(items: &'i [RatedItem<'p>]) -> Self {
        Self {
            items,
            next: 0,
            by_id: None,
        }
    }

    fn get(&mut self, id: &str) -> Option<&'i RatedItem<'p>> {
        let items = self.items;
        let found = if items.get(self.next).is_some_and(|item| item.id == id) {
            self.next
        } else {
            *self
                .by_id
                .get_or_insert_with(|| {
                    let mut by_id = HashMap::with_capacity(items.len());
                    for (at, item) in items.iter().enumerate() {
                        by_id.entry(item.id).or_insert(at);
                    }
                    by_id
                })
                .get(id)?
        };
        self.next = found + 1;
        items.get(found)
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
    let other = assessment.profile != profile.id && !profile.aliases.contains(&assessment.profile);
    let changed = other
        || assessment.profile_digest.as_ref().is_some_and(|recorded| {
            well_formed_digest(recorded)
                && !crate::profile::digest::recognises(profile, current_digest, recorded)
        });
    let items = profile.rated_items();
    let mut lookup = ItemLookup::new(&items);
    // One budget for every "did you mean" in this assessment, made at the
    // first unknown item.
    let mut suggester = None;
    let mut change = ProfileChange::default();
    // Quoted in every finding about an unknown item: thousands of them
    // each quoting a long id would multiply the file.
    let profile_id = crate::document::excerpt(&profile.id);
    for (id, rating) in &assessment.ratings {
        let Some(item) = lookup.get(id) else {
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
                    .get_or_insert_with(|| {
                        crate::suggest::Suggester::new(items.iter().map(|i| i.id))
                    })
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
        if assessment.status == crate::assessment::model::Status::Complete {
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

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
