//! Where `assess` saves: the default file name built from the profile, the
//! people and the date, and the check that refuses to overwrite an
//! assessment without `--force`.
//!
//! It names and opens the output; it does not write to it.

use std::path::{Path, PathBuf};

use anyhow::bail;

use crate::assessment::{Assessor, Date};
use crate::input::{self, Kind, Source};
use crate::output::Target;
use crate::profile::Profile;
use crate::profile::slug::{bounded, slugify};

/// Most bytes the person's slug takes in a default file name.
const PERSON_SLUG_BYTES: usize = 64;
/// Most bytes the assessor's name takes in a default file name.
const ASSESSOR_SLUG_BYTES: usize = 32;
/// Most bytes the profile id takes in a default file name; the file itself
/// keeps the whole id.
const ID_BYTES: usize = 100;

/// `<profile-id>-<person>[-<assessor>[-<assessor-name>]]-<date>.yaml`, the
/// assessor part only for assessors other than the person. Every part is
/// bounded, so the name stays within 230 of the 255 bytes a file name may
/// take (room for a suffix), whatever the id and the names given.
pub(super) fn default_out(
    profile: &Profile,
    person: &str,
    assessor: Assessor,
    assessor_name: Option<&str>,
    date: Date,
) -> PathBuf {
    let slug = slugify(person);
    let slug = match bounded(&slug, PERSON_SLUG_BYTES) {
        "" => "person",
        bounded => bounded,
    };
    let mut name = format!("{}-{slug}", bounded(&profile.id, ID_BYTES));
    if assessor != Assessor::SelfAssessed {
        name.push('-');
        name.push_str(assessor.label());
        let other = slugify(assessor_name.unwrap_or_default());
        let other = bounded(&other, ASSESSOR_SLUG_BYTES);
        if !other.is_empty() {
            name.push('-');
            name.push_str(other);
        }
    }
    PathBuf::from(format!("{name}-{date}.yaml"))
}

/// Refuses to overwrite an existing assessment without --force, and
/// anything but a regular file at all. `resume`: the command that
/// continues `path`, with the profile arguments of this run (a profile
/// given as a file is found only when named again).
pub(super) fn check_out(path: &Path, force: bool, resume: &str) -> anyhow::Result<Target> {
    let target = Target::open(path)?;
    if force || !target.exists() {
        return Ok(target);
    }
    // Parsed, not searched for: `status: "complete"` is complete, and a
    // note that reads "status: complete" is not.
    let complete = input::read(Source::File(path), Kind::Yaml)
        .ok()
        .and_then(|bytes| crate::assessment::load::parse(path, &bytes).ok())
        .and_then(|parsed| parsed.status())
        == Some(crate::assessment::Status::Complete);
    if complete {
        bail!(
            "{} already holds a complete assessment; choose another --out, or add --force to replace it",
            path.display()
        );
    }
    bail!(
        "{} already exists; continue it with `{resume}`, or add --force to start again",
        path.display(),
    )
}

#[cfg(test)]
#[path = "out_tests.rs"]
mod tests;
