//! The qualifications builder. It must not see the page layout or build
//! any other section.

use super::super::notes::Notes;
use super::super::row::Row;
use super::super::sections::Column;
use super::Marks;
use crate::profile::{Field, Qualification};

/// The qualifications, one a row.
pub(super) fn qualifications(rows: Vec<Row>, notes: &mut Notes) -> Vec<Qualification> {
    rows.into_iter()
        .enumerate()
        .map(|(index, row)| {
            let line = row.line_of(Column::Title);
            let label = format!("qualification {}", index + 1);
            let mut marks = Marks::default();
            let title = marks.title(row.text(Column::Title), line, &label, notes);
            let awarding_body =
                Some(row.text(Column::AwardingBody).to_owned()).filter(|t| !t.is_empty());
            if awarding_body.is_none() {
                marks.inferred.push(Field::AwardingBody);
                notes.note(
                    line,
                    format!(
                        "{label} (`{title}`) has no awarding body in the page: supply it{}",
                        if row.run_together {
                            " (if the title ends with it, move it to `awarding_body`)"
                        } else {
                            ""
                        }
                    ),
                );
            }
            Qualification {
                id: String::new(),
                title,
                awarding_body,
                develops: Vec::new(),
                inferred: marks.inferred,
                truncated: marks.truncated,
            }
        })
        .collect()
}
