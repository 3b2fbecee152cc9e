//! `skillgap import`: a FEDIP / DDaT job-profile page, as text copied from a
//! browser, turned into profile YAML. Pure: text in, a profile and notes
//! out.
//!
//! A pipeline, one way: `lines` numbers the text; `page` cuts it into the
//! preamble (read by `preamble`) and the sections; `layout` reads each
//! section, whatever the page layout (Markdown table, tab table, plain
//! cells, compact rows), into normalised `Row`s; `build` turns
//! rows into the profile's components without seeing the layout. The
//! vocabulary (headings, columns, shapes) is one table in `sections`;
//! every note and unplaced line goes to `notes`. This file only runs the
//! stages in order: it must not read the page itself.
//!
//! Nothing is guessed silently: a field the page lost is left empty and
//! marked `inferred` (validate then asks a person for it), text cut off
//! mid-sentence is kept and marked `truncated`, and every line that could
//! not be placed is reported with its number.

mod build;
pub mod ddat;
mod layout;
mod lines;
mod notes;
mod page;
mod preamble;
mod row;
mod sections;
#[cfg(test)]
mod snapshot_tests;
#[cfg(test)]
mod tests;

use crate::profile::Profile;
use crate::profile::slug::slugify;
use lines::lines;
use notes::Notes;
use page::{split, split_responsibilities};
use preamble::read_preamble;

pub use notes::{Note, Unplaced};

/// The result of an import.
#[derive(Debug, Clone)]
pub struct Imported {
    pub profile: Profile,
    /// Places needing a person's decision, with their line in the input.
    pub notes: Vec<Note>,
    /// Lines that could not be placed anywhere, in line order.
    pub unplaced: Vec<Unplaced>,
}

/// Why the input is not a profile page at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct NotAProfile(pub String);

/// Imports the text of a job-profile page.
///
/// # Errors
/// [`NotAProfile`] when the text has none of a profile's sections.
pub fn import(input: &str, id: Option<&str>) -> Result<Imported, NotAProfile> {
    let all = lines(input);
    let page = split(&all);
    if page.sections.len() < 2
        && !all
            .iter()
            .any(|l| split_responsibilities(&l.text).is_some())
    {
        return Err(NotAProfile(
            "this does not look like a job-profile page: none of its sections (Background Components, Knowledge/Skills Components, Organisation Skills, ...) was found".to_owned(),
        ));
    }
    let mut notes = Notes::default();
    for line in &page.after_footer {
        notes.unplace(line.number, line.text.clone());
    }
    let preamble = read_preamble(&page.preamble, &mut notes);
    let mut profile = Profile {
        title: preamble.title,
        summary: preamble.summary,
        responsibilities: preamble.responsibilities,
        ..Profile::default()
    };
    let mut reader = layout::SectionReader::default();
    for section in &page.sections {
        let rows = reader.read(section.section, &section.lines, &mut notes);
        build::add(&mut profile, section.section, rows, &mut notes);
    }
    let items = profile.background.len()
        + profile.work_activities.len()
        + profile.knowledge_skills.len()
        + profile.organisation_skills.len()
        + profile.training.len()
        + profile.development_activities.len()
        + profile.qualifications.len();
    if items == 0 {
        return Err(NotAProfile(
            "it has a job-profile page's headings but no items under any of them".to_owned(),
        ));
    }
    profile.id = match id {
        Some(id) => id.to_owned(),
        None => id_of(&profile.title, &mut notes),
    };
    Ok(notes.into_imported(profile))
}

/// The id a profile without `--id` takes when its title has no letter or
/// digit to make one of.
pub const FALLBACK_ID: &str = "imported-profile";

/// The profile's id, made of its title; a title with nothing to make one
/// of (symbols only) gives [`FALLBACK_ID`] and a note, never an empty id.
fn id_of(title: &str, notes: &mut Notes) -> String {
    let slug = slugify(title);
    if !slug.is_empty() {
        return slug;
    }
    notes.note(
        1,
        format!(
            "the title `{}` has no letter or digit to make an id of: the id is `{FALLBACK_ID}`; give the profile its own with --id",
            crate::text::one_line(title)
        ),
    );
    FALLBACK_ID.to_owned()
}
