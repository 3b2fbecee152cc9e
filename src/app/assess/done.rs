//! The closing lines of a finished `assess` run: how many items were rated,
//! where the file is, and what required items are still unrated; or that
//! there was nothing to ask.
//!
//! It only reports; it does not change or save the assessment.

use std::path::{Path, PathBuf};

use super::AssessRequest;
use super::hints::{Resume, resume_command, shown};
use crate::assess::flow;
use crate::assessment::{Assessment, Status};
use crate::profile::Profile;

/// The closing lines of a finished run: how many items were rated, where
/// the file is, and what is still unrated.
pub(super) fn say_done(
    request: &AssessRequest,
    dirs: &[PathBuf],
    profile: &Profile,
    done: &Assessment,
    out: &Path,
) {
    let total = profile.rated_count();
    eprintln!(
        "Done: {} of {total} items rated{}. Saved to {}.",
        done.ratings.len(),
        match total - done.ratings.len() {
            0 => String::new(),
            skipped => format!(", {skipped} skipped"),
        },
        shown(out)
    );
    match flow::unrated_required(profile, done) {
        0 => {}
        unrated if done.status == Status::Complete => {
            eprintln!(
                "Marked complete; {} unrated. Rate {} later with: {}",
                required_items(unrated),
                if unrated == 1 { "it" } else { "them" },
                resume_command(request, dirs, out, Resume::Unrated(true))
            );
        }
        unrated => eprintln!(
            "{} unrated, so the file stays in progress. Rate {} with: {}",
            required_items(unrated),
            if unrated == 1 { "it" } else { "them" },
            resume_command(request, dirs, out, Resume::Unrated(false))
        ),
    }
}

/// `--unrated` on a file with every item rated: nothing was asked or saved.
pub(super) fn say_nothing_to_ask(out: &Path) {
    eprintln!(
        "Nothing to ask: every item in {} is rated, and nothing was changed. \
         To rate some again, name them with --only ID,… instead of --unrated.",
        shown(out),
    );
}

/// "1 required item is", "29 required items are".
fn required_items(count: usize) -> String {
    if count == 1 {
        "1 required item is".to_owned()
    } else {
        format!("{count} required items are")
    }
}
