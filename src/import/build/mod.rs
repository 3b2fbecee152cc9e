//! Building the profile's sections from rows, one builder per section,
//! and the checks they share (a lost title, lost or cut-off text, fields
//! that look shifted). Builders see only [`Row`]s: they
//! must not know the page layout a row was read from.

mod activity;
mod background;
mod development;
mod organisation;
mod qualification;
mod skill;
#[cfg(test)]
mod tests;

use super::notes::Notes;
use super::row::Row;
use super::sections::{Kind, Section};
use crate::profile::{Field, Profile};
use crate::text::dangling_word;

/// Builds a section's rows and adds them to the profile.
pub(super) fn add(profile: &mut Profile, section: Section, rows: Vec<Row>, notes: &mut Notes) {
    match section.kind {
        Kind::Background => profile.background.extend(background::background(rows)),
        Kind::WorkActivities => {
            profile
                .work_activities
                .extend(activity::activities(rows, notes));
        }
        Kind::KnowledgeSkills | Kind::TypedSkills => {
            let offset = profile.knowledge_skills.len();
            profile
                .knowledge_skills
                .extend(skill::skills(rows, section.skill_type, offset, notes));
        }
        Kind::Training => {
            profile
                .training
                .extend(development::development(rows, "training component", notes));
        }
        Kind::Development => {
            profile
                .development_activities
                .extend(development::development(rows, "PDA component", notes));
        }
        Kind::Qualifications => {
            profile
                .qualifications
                .extend(qualification::qualifications(rows, notes));
        }
        Kind::Organisation => {
            profile
                .organisation_skills
                .extend(organisation::organisation(rows, notes));
        }
    }
}

/// The fields of one component the page lost (`inferred`) or cut off
/// (`truncated`), as they are found.
#[derive(Debug, Default)]
struct Marks {
    inferred: Vec<Field>,
    truncated: Vec<Field>,
}

impl Marks {
    /// Marks `text` inferred (and says so) when the page lost it, and
    /// truncated when it stops mid-sentence.
    fn check_text(&mut self, text: &str, line: usize, field: Field, what: &str, notes: &mut Notes) {
        if text.trim().is_empty() {
            self.inferred.push(field);
            notes.note(
                line,
                format!("{what}: `{}` is lost in the page: supply it", field.name()),
            );
        } else if let Some(word) = dangling_word(text) {
            self.truncated.push(field);
            notes.note(
                line,
                format!("{what}: `{}` ends on \"{word}\", cut off in the page; kept and marked truncated", field.name()),
            );
        }
    }

    /// The title, or an empty one marked inferred (and said so) when the
    /// page lost it.
    fn title(&mut self, title: &str, line: usize, what: &str, notes: &mut Notes) -> String {
        if !title.trim().is_empty() {
            return title.to_owned();
        }
        self.inferred.push(Field::Title);
        notes.note(
            line,
            format!("{what} has no title in the page: supply the name it is known by"),
        );
        String::new()
    }
}

/// Says so when a row's title reads like a sentence: the fields of the
/// section have most likely shifted (a stray or lost line above).
fn check_alignment(title: &str, line: usize, what: &str, notes: &mut Notes) {
    if title.split_whitespace().count() > 12 || title.ends_with(['.', '!', '?']) {
        notes.note(
            line,
            format!("{what}: the title reads like a sentence; the fields may have shifted here, check this section"),
        );
    }
}
