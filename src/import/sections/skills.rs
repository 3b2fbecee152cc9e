//! The knowledge/skills section reader: rows of title, depth, details
//! and type, short table rows placed by what they say. It must not read
//! any other section.

use super::compact::{TYPE_SUFFIXES, looks_compact};
use super::rows::{check_alignment, lost_title};
use super::{Body, Cell, Reader, depth_of, skill_type_of};
use crate::profile::{Field, KnowledgeSkill, SkillType};

/// Knowledge/skills rows: title, depth (only when set), details, type.
pub(super) type SkillRow = (Cell, Option<Cell>, Cell, Option<Cell>);

/// Knowledge/skills rows, and cells left over that make no whole row.
/// A table row with fewer cells than its header has columns: which cell
/// was lost is unknown, so each is placed by what it says (a depth, a
/// type, long details, else the title) and the row is reported.
pub(super) fn short_skill_row(row: &[Cell], short_rows: &mut Vec<usize>) -> SkillRow {
    let line = row.first().map_or(0, |c| c.line);
    short_rows.push(line);
    let empty = || Cell {
        text: String::new(),
        line,
    };
    let mut depth = None;
    let mut kind = None;
    let mut rest = Vec::new();
    for cell in row.iter().filter(|c| !c.text.is_empty()) {
        if depth.is_none() && depth_of(&cell.text).is_some() {
            depth = Some(cell.clone());
        } else if kind.is_none()
            && skill_type_of(&cell.text).is_some()
            && (TYPE_SUFFIXES.contains(&cell.text.as_str()) || !cell.text.contains(' '))
        {
            kind = Some(cell.clone());
        } else {
            rest.push(cell.clone());
        }
    }
    let (title, details) = match rest.len() {
        0 => (empty(), empty()),
        1 if looks_compact(&rest[0].text) => (empty(), rest.remove(0)),
        1 => (rest.remove(0), empty()),
        _ => {
            let title = rest.remove(0);
            let text = rest
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            (title, Cell { text, line })
        }
    };
    (title, depth, details, Some(kind.unwrap_or_else(empty)))
}

pub(super) fn skill_rows(
    body: Body,
    typed: bool,
    leftover: &mut Vec<(usize, String)>,
    lost_depth: &mut Vec<usize>,
    short_rows: &mut Vec<usize>,
) -> Vec<SkillRow> {
    if !body.rows.is_empty() {
        let column = |name: &str| body.header.iter().position(|h| h == name);
        let (title, depth, details, kind) = (
            column("title").unwrap_or(0),
            column("depth"),
            column("details").unwrap_or(1),
            column("type"),
        );
        let width = body.header.len().max(2);
        return body
            .rows
            .into_iter()
            .map(|row| {
                for cell in row.iter().skip(width).filter(|c| !c.text.is_empty()) {
                    leftover.push((cell.line, cell.text.clone()));
                }
                if row.len() < width {
                    return short_skill_row(&row, short_rows);
                }
                let get = |i: usize| {
                    row.get(i).cloned().unwrap_or(Cell {
                        text: String::new(),
                        line: row[0].line,
                    })
                };
                (
                    get(title),
                    depth.map(get).filter(|c| !c.text.is_empty()),
                    get(details),
                    kind.map(get),
                )
            })
            .collect();
    }
    let cells = body.cells;
    let mut rows = Vec::new();
    let mut i = 0;
    while i < cells.len() {
        let title = cells[i].clone();
        i += 1;
        let depth = cells
            .get(i)
            .filter(|c| depth_of(&c.text).is_some())
            .cloned();
        if depth.is_some() {
            i += 1;
        } else if !typed
            && cells.get(i).is_some_and(|c| c.text.is_empty())
            && cells
                .get(i + 1)
                .is_some_and(|c| c.text.split_whitespace().count() > 3)
            && cells.get(i + 2).is_some_and(|c| {
                skill_type_of(&c.text).is_some_and(|k| k != SkillType::Behavioural)
            })
        {
            // An empty cell between the title and long details, in a row
            // whose type has depths: the depth line was lost.
            lost_depth.push(cells[i].line);
            i += 1;
        }
        let Some(details) = cells.get(i).cloned() else {
            // A title (and depth) with nothing after it: not a whole row.
            for cell in [Some(title), depth].into_iter().flatten() {
                if !cell.text.is_empty() {
                    leftover.push((cell.line, cell.text));
                }
            }
            break;
        };
        i += 1;
        // Some pages put the depth after the details.
        let depth = depth.or_else(|| {
            let after = cells
                .get(i)
                .filter(|c| depth_of(&c.text).is_some())
                .cloned();
            if after.is_some() {
                i += 1;
            }
            after
        });
        // An empty cell here is a lost type line, unless the section itself
        // gives the type (then it is the next row's lost title).
        let kind = cells
            .get(i)
            .filter(|c| (c.text.is_empty() && !typed) || skill_type_of(&c.text).is_some())
            .cloned();
        if kind.is_some() {
            i += 1;
        }
        rows.push((title, depth, details, kind));
    }
    rows
}

pub(super) fn skills(
    body: Body,
    section_kind: Option<SkillType>,
    offset: usize,
    reader: &mut Reader,
) -> Vec<KnowledgeSkill> {
    let mut lost_depth = Vec::new();
    let mut short_rows = Vec::new();
    let rows = skill_rows(
        body,
        section_kind.is_some(),
        &mut reader.unplaced,
        &mut lost_depth,
        &mut short_rows,
    );
    for line in short_rows {
        reader.note(
            line,
            "a knowledge/skill row has fewer cells than the table has columns: its cells were placed by what they say; check its title, depth, details and type",
        );
    }
    for line in lost_depth {
        reader.note(
            line,
            "a knowledge/skill lost its depth line in the page: it has no required depth now; set `depth` if it should",
        );
    }
    let kinds: Vec<Option<SkillType>> = rows
        .iter()
        .map(|(_, _, _, kind)| {
            kind.as_ref()
                .and_then(|c| skill_type_of(&c.text))
                .or(section_kind)
        })
        .collect();
    rows.into_iter()
        .enumerate()
        .map(|(index, (title, depth, details, _))| {
            let what = format!("knowledge/skill {}", offset + index + 1);
            check_alignment(&title.text, details.line, &what, reader);
            let mut inferred = Vec::new();
            let mut title_text = title.text.clone();
            lost_title(&mut title_text, &mut inferred, details.line, &what, reader);
            let kind = kinds[index].unwrap_or_else(|| {
                // The type line is lost: its neighbours, in a table grouped
                // by type, say what it is.
                let before = kinds[..index].iter().rev().find_map(|k| *k);
                let after = kinds[index + 1..].iter().find_map(|k| *k);
                let guess = before.or(after).unwrap_or(SkillType::Other);
                inferred.push(Field::Type);
                reader.note(
                    details.line,
                    format!("{what} has no type line in the page: set to `{}` from the items around it; check it", match guess {
                        SkillType::Behavioural => "behavioural",
                        SkillType::Technical => "technical",
                        SkillType::Other => "other",
                    }),
                );
                guess
            });
            let mut truncated = Vec::new();
            reader.check_text(
                &details.text,
                details.line,
                Field::Details,
                &what,
                (&mut inferred, &mut truncated),
            );
            KnowledgeSkill {
                id: String::new(),
                title: title_text,
                depth: depth.and_then(|d| depth_of(&d.text)),
                kind,
                details: details.text,
                inferred,
                truncated,
            }
        })
        .collect()
}
