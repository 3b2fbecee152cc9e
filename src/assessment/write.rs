//! Saving an assessment: its YAML form ([`to_yaml`]), and
//! [`save_assessment`], which hands that text to `output`'s atomic save.
//! What is about files (temporary files, renames, refusing what may not be
//! replaced) is `output`'s; this module must never touch a file itself.

use super::model::Assessment;
use crate::output::{Target, WriteError};
use crate::profile::Profile;

/// The assessment as YAML: fields in a fixed order, strings that YAML 1.1
/// readers could take for something else quoted, the date bare.
///
/// # Errors
/// Why the assessment could not be written as YAML. A save never turns
/// such a failure into an empty file.
pub fn to_yaml(assessment: &Assessment) -> Result<String, String> {
    if !assessment.profiles.is_empty() && !assessment.profile.is_empty() {
        // Made for several profiles: `profiles` and `profile_digests`
        // stand for `profile` and `profile_digest` (SPEC §4).
        let several = Assessment {
            profile: String::new(),
            profile_digest: None,
            ..assessment.clone()
        };
        return to_yaml(&several);
    }
    crate::yaml::to_string(assessment, &["date"]).map_err(|e| e.to_string())
}

/// Saves `assessment` of `profile` to `target` atomically, each rating of
/// a linked organisation skill under the DDaT skill's id (SPEC §4); when
/// it cannot be written as YAML, the file is left as it was.
///
/// # Errors
/// As [`Target::save_text`].
pub fn save_assessment(
    target: &mut Target,
    assessment: &Assessment,
    profile: &Profile,
) -> Result<(), WriteError> {
    let ratings = super::links::for_file(&assessment.ratings, profile);
    if ratings.keys().eq(assessment.ratings.keys()) {
        return target.save_text(to_yaml(assessment));
    }
    let keyed = Assessment {
        ratings,
        ..assessment.clone()
    };
    target.save_text(to_yaml(&keyed))
}

#[cfg(test)]
#[path = "write_tests.rs"]
mod tests;
