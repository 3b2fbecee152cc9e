//! What a valid profile's source lacks, as notes (SPEC §5: information,
//! never a failure). Apart from the other checks, which every load runs:
//! only `validate` asks for these, and only locates them when it lists
//! them, so a framework profile with a dozen gaps in its data costs no
//! more to load than one without.

use super::{key, path};
use crate::diagnostic::Rule;
use crate::document::Finding;
use crate::profile::model::{Field, Profile};

/// A note for every text `profile` marks `source_lacks` and leaves empty.
#[must_use]
pub fn lacks(profile: &Profile) -> Vec<Finding> {
    let mut notes = Vec::new();
    if profile.source_lacks.contains(&Field::Summary) && profile.summary.trim().is_empty() {
        notes.push(Finding::at_node(
            Rule::SourceLacks,
            "the source has no `summary` for this profile",
            key("summary"),
        ));
    }
    for (index, skill) in profile.organisation_skills.iter().enumerate() {
        let title = crate::document::excerpt(&skill.title);
        for (field, text) in [
            (Field::Description, &skill.description),
            (Field::LevelDescription, &skill.level_description),
        ] {
            if skill.source_lacks.contains(&field) && text.trim().is_empty() {
                notes.push(Finding::at_node(
                    Rule::SourceLacks,
                    format!(
                        "the source has no `{}` for `{title}` (organisation_skills item {})",
                        field.name(),
                        index + 1
                    ),
                    path("organisation_skills", index, &[field.name()]),
                ));
            }
        }
        if !skill.source_lacks.contains(&Field::LevelDescriptions) {
            continue;
        }
        let empty: Vec<String> = skill
            .level_descriptions
            .iter()
            .zip(1..)
            .filter(|(text, _)| text.trim().is_empty())
            .map(|(_, level)| profile.organisation_scale.level_label(level))
            .collect();
        if !empty.is_empty() {
            notes.push(Finding::at_node(
                Rule::SourceLacks,
                format!(
                    "the source does not say what `{title}` means at {}",
                    empty.join(", ")
                ),
                path("organisation_skills", index, &["level_descriptions"]),
            ));
        }
    }
    notes
}
