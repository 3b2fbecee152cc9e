//! The training and development builder. It must not see the page layout
//! or build any other section.

use super::super::notes::Notes;
use super::super::row::Row;
use super::super::sections::Column;
use super::Marks;
use crate::profile::{DevelopmentComponent, Field};

/// Training or PDA components, one a row; `what` names one in notes.
pub(super) fn development(
    rows: Vec<Row>,
    what: &str,
    notes: &mut Notes,
) -> Vec<DevelopmentComponent> {
    rows.into_iter()
        .enumerate()
        .map(|(index, row)| {
            let line = row.line_of(Column::Title);
            let label = format!("{what} {}", index + 1);
            let mut marks = Marks::default();
            let title = marks.title(row.text(Column::Title), line, &label, notes);
            let details = row.text(Column::Details).to_owned();
            marks.check_text(&details, line, Field::Details, &label, notes);
            DevelopmentComponent {
                reach: None,
                id: String::new(),
                title,
                details,
                develops: Vec::new(),
                inferred: marks.inferred,
                truncated: marks.truncated,
            }
        })
        .collect()
}
