//! The background builder: rows into the profile's background entries.
//! It must not see the page layout or build any other section.

use super::super::row::Row;
use super::super::sections::Column;
use crate::profile::Background;

/// The background entries, one a row.
pub(super) fn background(rows: Vec<Row>) -> Vec<Background> {
    rows.into_iter()
        .map(|row| Background {
            kind: row.text(Column::Background).to_owned(),
            text: row.text(Column::Description).to_owned(),
            inferred: Vec::new(),
            truncated: Vec::new(),
        })
        .collect()
}
