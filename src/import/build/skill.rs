//! The knowledge/skills builder: a type the page lost is guessed from the
//! rows around it. It must not see the page layout or build any other
//! section.

use super::super::notes::Notes;
use super::super::row::Row;
use super::super::sections::{Column, skill_type_of};
use super::{Marks, check_alignment};
use crate::profile::{Depth, Field, KnowledgeSkill, SkillType};

/// The knowledge/skills, one a row, numbered in notes after the `offset`
/// already read; `section_kind` is the type the section's heading gives.
pub(super) fn skills(
    rows: Vec<Row>,
    section_kind: Option<SkillType>,
    offset: usize,
    notes: &mut Notes,
) -> Vec<KnowledgeSkill> {
    let kinds: Vec<Option<SkillType>> = rows
        .iter()
        .map(|row| skill_type_of(row.text(Column::Type)).or(section_kind))
        .collect();
    rows.into_iter()
        .enumerate()
        .map(|(index, row)| {
            let what = format!("knowledge/skill {}", offset + index + 1);
            let line = row.line_of(Column::Details);
            check_alignment(row.text(Column::Title), line, &what, notes);
            let mut marks = Marks::default();
            let title = marks.title(row.text(Column::Title), line, &what, notes);
            let kind = kinds[index].unwrap_or_else(|| {
                // The type line is lost: its neighbours, in a table grouped
                // by type, say what it is.
                let before = kinds[..index].iter().rev().find_map(|k| *k);
                let after = kinds[index + 1..].iter().find_map(|k| *k);
                let guess = before.or(after).unwrap_or(SkillType::Other);
                marks.inferred.push(Field::Type);
                notes.note(
                    line,
                    format!("{what} has no type line in the page: set to `{}` from the items around it; check it", match guess {
                        SkillType::Behavioural => "behavioural",
                        SkillType::Technical => "technical",
                        SkillType::Other => "other",
                    }),
                );
                guess
            });
            let details = row.text(Column::Details).to_owned();
            marks.check_text(&details, line, Field::Details, &what, notes);
            KnowledgeSkill {
                id: String::new(),
                title,
                depth: Depth::from_label(row.text(Column::Depth)),
                kind,
                details,
                inferred: marks.inferred,
                truncated: marks.truncated,
            }
        })
        .collect()
}
