//! Reading the page: the preamble (title, summary, "At this role level,
//! you will:" bullets), then each section's rows of cells, then the rows
//! into components.
//!
//! This file holds what every part shares (the section kinds, a cell, a
//! section's body, the reader that collects notes and unplaced lines) and
//! [`import`], which runs the parts in order: `page` cuts the page into
//! sections, `table`, `compact` and `rows` read a section's lines into
//! rows of cells, and one reader per section (`preamble`, `background`,
//! `activities`, `skills`, `development`, `qualifications`,
//! `organisation`) turns rows into components. It must not read a
//! section's content itself.

mod activities;
mod background;
mod compact;
mod development;
mod organisation;
mod page;
mod preamble;
mod qualifications;
mod rows;
mod skills;
mod table;
#[cfg(test)]
mod tests;

use super::lines::lines;
use super::{Imported, NotAProfile};
use crate::profile::slug::slugify;
use crate::profile::{Depth, Field, Profile, SkillType};
use crate::text::dangling_word;
use activities::activities;
use background::background;
use development::development;
use organisation::organisation;
use page::{split, split_responsibilities};
use preamble::read_preamble;
use qualifications::qualifications;
use rows::section_body;
use skills::skills;

/// A place in the output a person should look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Background,
    WorkActivities,
    /// Knowledge/skills; with a type when the page splits them into
    /// "Behavioural Skills" and "Technical Skills" sections.
    KnowledgeSkills(Option<SkillType>),
    Training,
    Development,
    Qualifications,
    Organisation,
}

/// A cell: its text (empty where the page lost a field) and line number.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cell {
    text: String,
    line: usize,
}

/// A section's content: rows from a Markdown table, or a stream of cells
/// from plain text (an empty cell where two blank lines mark a lost field).
#[derive(Debug, Default)]
struct Body {
    rows: Vec<Vec<Cell>>,
    cells: Vec<Cell>,
    header: Vec<String>,
    /// Lines that are neither rows nor headings (markup left by a copy,
    /// text between table rows): reported, never read as fields.
    stray: Vec<(usize, String)>,
}

fn depth_of(text: &str) -> Option<Depth> {
    Depth::from_label(text)
}

fn skill_type_of(text: &str) -> Option<SkillType> {
    let lower = text.to_lowercase();
    if lower.starts_with("behavioural") {
        Some(SkillType::Behavioural)
    } else if lower.starts_with("technical") {
        Some(SkillType::Technical)
    } else if lower.starts_with("other") {
        Some(SkillType::Other)
    } else {
        None
    }
}

/// Markup a browser copy can leave behind (`<br/>`, `</div>`).
fn looks_like_markup(text: &str) -> bool {
    text.starts_with('<') && text.ends_with('>')
}

/// A short label without sentence punctuation: a background type.
fn looks_like_label(text: &str) -> bool {
    !text.is_empty()
        && text.split_whitespace().count() <= 6
        && !text.ends_with(['.', '!', '?', ','])
}

struct Reader {
    notes: Vec<Note>,
    unplaced: Vec<(usize, String)>,
}

impl Reader {
    fn note(&mut self, line: usize, message: impl Into<String>) {
        self.notes.push(Note {
            line,
            message: message.into(),
        });
    }

    /// Marks `text` inferred (and says so) when the page lost it, and
    /// truncated when it stops mid-sentence.
    fn check_text(
        &mut self,
        text: &str,
        line: usize,
        field: Field,
        what: &str,
        marks: (&mut Vec<Field>, &mut Vec<Field>),
    ) {
        let (inferred, truncated) = marks;
        if text.trim().is_empty() {
            inferred.push(field);
            self.note(
                line,
                format!("{what}: `{}` is lost in the page: supply it", field.name()),
            );
        } else if let Some(word) = dangling_word(text) {
            truncated.push(field);
            self.note(
                line,
                format!("{what}: `{}` ends on \"{word}\", cut off in the page; kept and marked truncated", field.name()),
            );
        }
    }
}
/// Imports the text of a job-profile page.
///
/// # Errors
/// [`NotAProfile`] when the text has none of a profile's sections.
pub fn import(input: &str, id: Option<&str>) -> Result<Imported, NotAProfile> {
    let all = lines(input);
    let (preamble, sections, after_footer) = split(&all);
    if sections.len() < 2
        && !all
            .iter()
            .any(|l| split_responsibilities(&l.text).is_some())
    {
        return Err(NotAProfile(
            "this does not look like a job-profile page: none of its sections (Background Components, Knowledge/Skills Components, Organisation Skills, ...) was found".to_owned(),
        ));
    }
    let mut reader = Reader {
        notes: Vec::new(),
        unplaced: Vec::new(),
    };
    let mut profile = Profile::default();
    reader.unplaced.extend(
        after_footer
            .into_iter()
            .map(|line| (line.number, line.text.clone())),
    );
    read_preamble(&preamble, &mut profile, &mut reader);
    // Whether the page was copied as compact rows: then its qualifications
    // are a line each too.
    let mut compact_page = false;
    for (section, line, lines) in sections {
        let body = section_body(section, &lines, &mut compact_page, &mut reader);
        match section {
            Section::Background => profile.background.extend(background(body, &mut reader)),
            Section::WorkActivities => profile
                .work_activities
                .extend(activities(body, &mut reader)),
            Section::KnowledgeSkills(kind) => {
                let offset = profile.knowledge_skills.len();
                profile
                    .knowledge_skills
                    .extend(skills(body, kind, offset, &mut reader));
            }
            Section::Training => {
                profile
                    .training
                    .extend(development(body, "training component", &mut reader));
            }
            Section::Development => profile.development_activities.extend(development(
                body,
                "PDA component",
                &mut reader,
            )),
            Section::Qualifications => {
                profile
                    .qualifications
                    .extend(qualifications(body, compact_page, &mut reader));
            }
            Section::Organisation => {
                profile
                    .organisation_skills
                    .extend(organisation(body, line, &mut reader));
            }
        }
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
    profile.id = id.map_or_else(|| slugify(&profile.title), str::to_owned);
    reader.unplaced.sort_by_key(|(line, _)| *line);
    Ok(Imported {
        profile,
        notes: reader.notes,
        unplaced: reader.unplaced,
    })
}
