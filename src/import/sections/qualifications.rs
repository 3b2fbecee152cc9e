//! The qualifications section reader, with the awarding body cut from a
//! compact row. It must not read any other section.

use super::compact::is_acronym;
use super::rows::{cell_text, fixed_rows, lost_title};
use super::{Body, Cell, Reader};
use crate::profile::{Field, Qualification};

/// Where an awarding body written after a qualification's title starts:
/// at an acronym followed by a dash (`... (RITTech) BCS – The Chartered
/// Institute for IT`). `None` when the line shows no such place.
pub(super) fn split_awarding_body(text: &str) -> (String, Option<String>) {
    let words: Vec<&str> = text.split(' ').collect();
    for k in 0..words.len().saturating_sub(2) {
        // "BCS – The Chartered Institute for IT": a body's name after the
        // dash, not a qualification's ("PRINCE2 – Practitioner").
        if is_acronym(words[k]) && matches!(words[k + 1], "–" | "-") && words[k + 2] == "The" {
            return (words[..k].join(" "), Some(words[k..].join(" ")));
        }
    }
    (text.to_owned(), None)
}

/// Qualifications on a page copied as compact rows: a line each, with the
/// awarding body at its end or on a line of its own after it.
pub(super) fn compact_qualification_rows(cells: Vec<Cell>) -> Vec<Vec<Cell>> {
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for cell in cells.into_iter().filter(|c| !c.text.is_empty()) {
        let line = cell.line;
        let (title, body) = split_awarding_body(&cell.text);
        if title.is_empty()
            && let Some(last) = rows.last_mut()
            && last.len() == 1
        {
            last.push(Cell {
                text: body.unwrap_or_default(),
                line,
            });
            continue;
        }
        let mut row = vec![Cell { text: title, line }];
        row.extend(body.map(|text| Cell { text, line }));
        rows.push(row);
    }
    rows
}

pub(super) fn qualifications(body: Body, compact: bool, reader: &mut Reader) -> Vec<Qualification> {
    let rows = if !body.rows.is_empty() {
        body.rows
    } else if compact {
        compact_qualification_rows(body.cells)
    } else {
        fixed_rows(&body.cells, 2, reader)
    };
    rows.into_iter()
        .enumerate()
        .map(|(index, row)| {
            let line = row.first().map_or(0, |c| c.line);
            let label = format!("qualification {}", index + 1);
            let mut q = Qualification {
                id: String::new(),
                title: cell_text(&row, 0),
                awarding_body: row.get(1).map(|c| c.text.clone()).filter(|t| !t.is_empty()),
                develops: Vec::new(),
                inferred: Vec::new(),
                truncated: Vec::new(),
            };
            lost_title(&mut q.title, &mut q.inferred, line, &label, reader);
            if q.awarding_body.is_none() {
                q.inferred.push(Field::AwardingBody);
                reader.note(
                    line,
                    format!(
                        "{label} (`{}`) has no awarding body in the page: supply it{}",
                        q.title,
                        if compact {
                            " (if the title ends with it, move it to `awarding_body`)"
                        } else {
                            ""
                        }
                    ),
                );
            }
            q
        })
        .collect()
}
