//! The background section reader: rows into the profile's background
//! entries. It must not read any other section.

use super::rows::cell_text;
use super::{Body, Cell, Reader, looks_like_label};
use crate::profile::Background;

pub(super) fn background(body: Body, reader: &mut Reader) -> Vec<Background> {
    let mut out = Vec::new();
    if !body.rows.is_empty() {
        for row in body.rows {
            let text = cell_text(&row, 0);
            let kind = cell_text(&row, 1);
            out.push(Background {
                kind,
                text,
                inferred: Vec::new(),
                truncated: Vec::new(),
            });
        }
        return out;
    }
    let mut paragraphs: Vec<Cell> = Vec::new();
    for cell in body.cells {
        if cell.text.is_empty() {
            continue;
        }
        if looks_like_label(&cell.text) && !paragraphs.is_empty() {
            out.push(Background {
                kind: cell.text,
                text: paragraphs
                    .iter()
                    .map(|c| c.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n\n"),
                inferred: Vec::new(),
                truncated: Vec::new(),
            });
            paragraphs.clear();
        } else {
            paragraphs.push(cell);
        }
    }
    for cell in paragraphs {
        reader.unplaced.push((cell.line, cell.text));
    }
    out
}
