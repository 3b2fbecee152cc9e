//! `skillgap compare`: two assessments of one person, side by side.

use std::path::PathBuf;

use anyhow::bail;

use super::report::load_assessment;
use super::{emit, load_catalog};
use crate::assessment::Assessment;
use crate::assessment::model::person_key;
use crate::compare::compare;
use crate::exit::ExitStatus;
use crate::profile::Profile;
use crate::render::{Format, Layout, Options, render};
use crate::text::one_line;

/// What `compare` was asked to do.
#[derive(Debug)]
pub struct CompareRequest {
    pub before: PathBuf,
    pub after: PathBuf,
    /// `--changed-only`: the table and Markdown list only the items rated
    /// differently.
    pub changed_only: bool,
    pub format: Format,
}

/// Runs `skillgap compare`.
pub(super) fn run(
    request: &CompareRequest,
    dirs: &[PathBuf],
    layout: Layout,
) -> anyhow::Result<ExitStatus> {
    let catalog = load_catalog(dirs)?;
    let (mut first, mut profile, _) = load_assessment(&request.before, None, &catalog)?;
    let (mut second, mut other, _) = load_assessment(&request.after, None, &catalog)?;
    // A file made for several profiles is compared on the first profile
    // the two files share.
    let served = |a: &Assessment, p: &Profile| {
        if a.profiles.is_empty() {
            vec![p.id.clone()]
        } else {
            a.profiles.clone()
        }
    };
    let theirs = served(&second, &other);
    if profile.id != other.id
        && let Some(common) = served(&first, &profile)
            .into_iter()
            .find(|id| theirs.contains(id))
    {
        (first, profile, _) = load_assessment(&request.before, Some(&common), &catalog)?;
        (second, other, _) = load_assessment(&request.after, Some(&common), &catalog)?;
    }
    if profile.id != other.id {
        bail!(
            "compare needs two assessments against one profile: {} is against `{}`, {} against `{}`",
            request.before.display(),
            profile.id,
            request.after.display(),
            other.id
        );
    }
    if person_key(&first.person) != person_key(&second.person) {
        say!(
            "note: the two assessments name different people ({} and {})",
            one_line(&first.person),
            one_line(&second.person)
        );
    }
    let mut comparison = compare(
        &profile,
        (&request.before.display().to_string(), &first),
        (&request.after.display().to_string(), &second),
    );
    comparison.changed_only = request.changed_only;
    // Between two assessors the order of the files is no order in time:
    // neither "before" nor "after" is said.
    if !comparison.different_assessors && first.date > second.date {
        say!(
            "note: BEFORE ({}) is dated after AFTER ({}); the change is shown from the first file to the second",
            first.date,
            second.date
        );
    }
    let (first_label, second_label) = comparison.labels();
    for (side, a) in [(first_label, &first), (second_label, &second)] {
        if a.status == crate::assessment::Status::InProgress {
            // "the self assessment", "the manager assessment", "the after
            // assessment"; two peers are told apart by name.
            let which = if first.assessor == second.assessor && comparison.different_assessors {
                format!("the assessment by {}", one_line(&side))
            } else {
                format!("the {side} assessment")
            };
            say!("note: {which} is still in progress; its unrated items are not compared");
        }
    }
    emit(&render(
        &comparison,
        request.format,
        &Options::plain(layout),
    )?)?;
    Ok(ExitStatus::Success)
}
