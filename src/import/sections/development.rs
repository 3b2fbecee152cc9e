//! The training and development section reader. It must not read any
//! other section.

use super::rows::{cell_text, lost_title, two_column_rows};
use super::{Body, Reader};
use crate::profile::{DevelopmentComponent, Field};

pub(super) fn development(
    body: Body,
    what: &str,
    reader: &mut Reader,
) -> Vec<DevelopmentComponent> {
    let rows = two_column_rows(body, reader);
    rows.into_iter()
        .enumerate()
        .map(|(index, row)| {
            let line = row.first().map_or(0, |c| c.line);
            let label = format!("{what} {}", index + 1);
            let mut component = DevelopmentComponent {
                id: String::new(),
                title: cell_text(&row, 0),
                details: cell_text(&row, 1),
                develops: Vec::new(),
                inferred: Vec::new(),
                truncated: Vec::new(),
            };
            lost_title(
                &mut component.title,
                &mut component.inferred,
                line,
                &label,
                reader,
            );
            reader.check_text(
                &component.details,
                line,
                Field::Details,
                &label,
                (&mut component.inferred, &mut component.truncated),
            );
            component
        })
        .collect()
}
