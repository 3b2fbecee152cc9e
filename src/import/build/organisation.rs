//! The organisation-skills builder: a row's place split into framework
//! and category, the category taken off the name, the level number read
//! from its label. It must not see the page layout or build any other
//! section.

use super::super::notes::Notes;
use super::super::row::Row;
use super::super::sections::Column;
use super::Marks;
use crate::profile::{Field, OrganisationSkill};

/// The organisation skills, one a row.
pub(super) fn organisation(rows: Vec<Row>, notes: &mut Notes) -> Vec<OrganisationSkill> {
    let mut out = Vec::new();
    for (index, row) in rows.into_iter().enumerate() {
        let text = |column: Column| row.text(column).to_owned();
        let line = row.line_of(Column::Place);
        let label = format!("organisation skill {}", index + 1);
        let place = text(Column::Place);
        let (framework, category) = place
            .split_once('»')
            .map_or((place.clone(), String::new()), |(f, c)| {
                (f.trim().to_owned(), c.trim().to_owned())
            });
        let name = text(Column::Name);
        // "Software Development – Systems design": the category repeats.
        let title = name
            .strip_prefix(&format!("{category} – "))
            .or_else(|| name.strip_prefix(&format!("{category} - ")))
            .unwrap_or(&name)
            .to_owned();
        let level_text = text(Column::Level);
        let level: u8 = level_text
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap_or(0);
        if level == 0 {
            notes.note(
                line,
                if level_text.is_empty() {
                    format!("{label}: its level is lost in the page; set `level`")
                } else {
                    format!("{label}: no level number in `{level_text}`; set `level`")
                },
            );
        }
        let mut marks = Marks::default();
        let title = marks.title(&title, line, &label, notes);
        let description = text(Column::Description);
        marks.check_text(&description, line, Field::Description, &label, notes);
        let level_description = text(Column::LevelDescription);
        marks.check_text(
            &level_description,
            line,
            Field::LevelDescription,
            &label,
            notes,
        );
        out.push(OrganisationSkill {
            id: String::new(),
            framework,
            // A page that names no category says nothing of one.
            category: (!category.is_empty()).then_some(category),
            title,
            description,
            level,
            level_description,
            inferred: marks.inferred,
            truncated: marks.truncated,
            ..OrganisationSkill::default()
        });
    }
    out
}
