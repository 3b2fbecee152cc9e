//! Choosing the profile of a new assessment in a terminal when no PROFILE
//! is named and several profiles are loaded: a searchable list of every
//! loaded profile, the built-in default first and pre-selected (Enter keeps
//! it), then the others grouped by role family, by title within one.
//!
//! It orders the profiles and writes their lines; the terminal prompter
//! draws the list. It does not resolve, load or rate a profile.

use super::Stopped;
use crate::assess::terminal::TerminalPrompter;
use crate::profile::builtin;
use crate::profile::catalog::{Catalog, Listed};
use crate::render::wrap::width;
use crate::text::one_line;

/// The id of the profile to assess: the default, with no question, when
/// at most one profile is loaded; otherwise the one picked.
pub(super) fn pick_profile(
    catalog: &Catalog,
    prompter: &TerminalPrompter,
) -> anyhow::Result<String> {
    let listing = catalog.listing();
    if listing.len() < 2 {
        return Ok(builtin::DEFAULT_ID.to_owned());
    }
    let listed = ordered(listing, builtin::DEFAULT_ID);
    let columns = prompter.columns();
    let lines: Vec<String> = listed.iter().map(|l| line(l, columns)).collect();
    let index = prompter
        .pick("Profile", &lines, 0, |index| {
            let picked = &listed[index];
            format!("{} ({})", one_line(&picked.title), one_line(&picked.id))
        })
        .map_err(|_| Stopped)?;
    Ok(listed[index].id.clone())
}

/// `default` first (pre-selected, and on the first screen however many
/// profiles there are), then by family, role and ladder, as `profiles`
/// lists them.
fn ordered(mut listing: Vec<Listed>, default: &str) -> Vec<Listed> {
    Listed::sort(&mut listing, default);
    listing
}

/// `Family › Title — id` (`Title — id` with no family), on one line of a
/// terminal `columns` wide beside the list's two-column marker: where that
/// is too long, the family goes first (the list is in family order), then
/// a long title is cut short with `…`; the id is always whole, so that
/// every line is distinct and says what to name next time. The list
/// counts the lines it drew from each line's length in bytes, so that
/// stays within `columns` too.
fn line(listed: &Listed, columns: usize) -> String {
    let family = listed
        .family
        .as_deref()
        .map(|family| format!("{} › ", one_line(family)))
        .unwrap_or_default();
    let id = one_line(&listed.id);
    let title = one_line(&listed.title);
    let fits = |text: &str| width(text) + 2 <= columns && text.len() <= columns;
    for line in [format!("{family}{title} — {id}"), format!("{title} — {id}")] {
        if fits(&line) {
            return line;
        }
    }
    let mut kept: Vec<char> = title.chars().collect();
    while kept.pop().is_some() {
        let short: String = kept.iter().collect();
        let line = format!("{}… — {id}", short.trim_end());
        if fits(&line) {
            return line;
        }
    }
    id
}

#[cfg(test)]
#[path = "pick_tests.rs"]
mod tests;
