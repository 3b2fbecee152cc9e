//! The compact layout: a page copied with a row's fields (title and
//! details, depth and type, an organisation skill's place and name) run
//! together on one line, split back into the cells a plain page has, or
//! straight into rows. It must not decide which section a row belongs to
//! or turn rows into components.

use super::super::notes::Notes;
use super::super::row::{Cell, Row};
use super::super::sections::{Column, Compact, Section, skill_type_of};
use super::plain;
use super::title::{Awarded, Cut, TitleSplit, split_awarding_body, split_named, split_title};

/// Whether a section's plain cells are read as compact rows: those of
/// title-and-details sections when they look it, a qualification's when
/// the page was seen to be compact, an organisation skill's always.
pub(super) fn applies(compact: Compact, cells: &[Cell], compact_page: bool) -> bool {
    match compact {
        Compact::Plain | Compact::Skills | Compact::TypedSkills => is_compact(cells, compact),
        Compact::Qualifications => compact_page,
        Compact::Organisation => true,
    }
}

/// Whether a section read as compact rows shows the whole page is.
pub(super) fn marks_page(compact: Compact) -> bool {
    matches!(
        compact,
        Compact::Plain | Compact::Skills | Compact::TypedSkills
    )
}

/// A section's compact rows read into rows.
pub(super) fn rows(
    section: Section,
    compact: Compact,
    cells: Vec<Cell>,
    notes: &mut Notes,
) -> Vec<Row> {
    match compact {
        Compact::Qualifications => qualification_rows(cells),
        Compact::Organisation => plain::rows(section, expand_organisation(cells, notes), notes),
        Compact::Plain | Compact::Skills | Compact::TypedSkills => {
            plain::rows(section, expand_compact(cells, compact, notes), notes)
        }
    }
}

/// Whether a cell names a knowledge/skill's type by itself.
pub(super) fn is_type(text: &str) -> bool {
    skill_type_of(text).is_some() && (TYPE_SUFFIXES.contains(&text) || !text.contains(' '))
}

/// Whether a cell could be a whole compact row: long, or a sentence.
pub(super) fn looks_compact(text: &str) -> bool {
    text.split_whitespace().count() > 6 || text.ends_with(['.', '!', '?'])
}

/// Whether a section's plain cells are compact rows (title and details on
/// one line): nearly all of them are. A plain section is about half bare
/// titles; a compact one may have a row that lost its details.
fn is_compact(cells: &[Cell], compact: Compact) -> bool {
    let content: Vec<&Cell> = cells.iter().filter(|c| !c.text.is_empty()).collect();
    let whole = content.iter().filter(|c| looks_compact(&c.text)).count();
    // And most of them carry a title to split off (or a depth phrase),
    // unlike the long titles and details of a plain section.
    let split = content
        .iter()
        .filter(|c| {
            (compact != Compact::Plain
                && DEPTH_PHRASES
                    .iter()
                    .any(|p| c.text.contains(p.trim_start())))
                || !matches!(split_title(&c.text), TitleSplit::None(_))
        })
        .count();
    !content.is_empty() && whole * 5 >= content.len() * 4 && split * 2 > content.len()
}

/// A knowledge/skill's depth as a compact row writes it, between spaces.
const DEPTH_PHRASES: [&str; 4] = [
    " Aware of ",
    " Familiar with ",
    " Proficient in ",
    " Expert in ",
];
/// A knowledge/skill's type as it ends a compact row.
const TYPE_SUFFIXES: [&str; 3] = [
    "Behavioural Skills",
    "Technical Knowledge and Skills",
    "Other Knowledge and Skills",
];

/// Expands compact rows into the cells a plain page would have had: title
/// and details, and for knowledge/skills the depth and type too.
fn expand_compact(cells: Vec<Cell>, compact: Compact, notes: &mut Notes) -> Vec<Cell> {
    let mut out = Vec::new();
    for cell in cells.into_iter().filter(|c| !c.text.is_empty()) {
        let cell_of = |text: String| Cell {
            text,
            line: cell.line,
        };
        if !looks_compact(&cell.text) {
            // A bare title among compact rows: its details were lost.
            notes.note(
                cell.line,
                format!("`{}` stands alone among rows that carry their details: its details are lost in the page; supply them", cell.text),
            );
            out.push(cell_of(cell.text.clone()));
            out.push(cell_of(String::new()));
            if compact == Compact::Skills {
                out.push(cell_of(String::new()));
            }
            continue;
        }
        let mut text = cell.text.clone();
        let mut kind = None;
        let mut depth_after = None;
        if compact == Compact::Skills
            && let Some(suffix) = TYPE_SUFFIXES.iter().find(|s| text.ends_with(*s))
        {
            kind = Some((*suffix).to_owned());
            text = text[..text.len() - suffix.len()].trim_end().to_owned();
        }
        if compact == Compact::TypedSkills
            && let Some(phrase) = DEPTH_PHRASES
                .iter()
                .map(|p| p.trim_end())
                .find(|p| text.ends_with(p))
        {
            depth_after = Some(phrase.trim().to_owned());
            text = text[..text.len() - phrase.len()].trim_end().to_owned();
        }
        if compact != Compact::Plain && depth_after.is_none() {
            // A leading space lets a row that lost its title start with the depth.
            let spaced = format!(" {text}");
            if let Some((position, phrase)) = DEPTH_PHRASES
                .iter()
                .filter_map(|p| spaced.find(p).map(|i| (i, *p)))
                .min()
            {
                out.push(cell_of(spaced[..position].trim().to_owned()));
                out.push(cell_of(phrase.trim().to_owned()));
                out.push(cell_of(spaced[position + phrase.len()..].to_owned()));
                if compact == Compact::Skills {
                    out.push(cell_of(kind.unwrap_or_default()));
                }
                continue;
            }
        }
        let cut = match split_title(&text) {
            TitleSplit::Clear(cut) => cut,
            TitleSplit::Acronym(cut) => {
                notes.note(
                    cell.line,
                    format!("the title of `{}` was read as ending before an acronym that may belong to it; check where the title ends", cut.title),
                );
                cut
            }
            TitleSplit::None(details) => Cut {
                title: String::new(),
                details,
            },
        };
        out.push(cell_of(cut.title));
        out.push(cell_of(cut.details));
        if let Some(depth) = depth_after {
            out.push(cell_of(depth));
        }
        if compact == Compact::Skills {
            out.push(cell_of(kind.unwrap_or_default()));
        }
    }
    out
}

/// Qualifications on a page copied as compact rows: a line each, with the
/// awarding body at its end or on a line of its own after it.
fn qualification_rows(cells: Vec<Cell>) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for cell in cells.into_iter().filter(|c| !c.text.is_empty()) {
        let line = cell.line;
        let Awarded { title, body } = split_awarding_body(&cell.text);
        if title.is_empty()
            && let Some(last) = rows.last_mut()
            && !last.has(Column::AwardingBody)
        {
            last.set(
                Column::AwardingBody,
                Cell::new(body.unwrap_or_default(), line),
            );
            continue;
        }
        let mut row = Row::new(line).with(Column::Title, Cell::new(title, line));
        if let Some(body) = body {
            row.set(Column::AwardingBody, Cell::new(body, line));
        }
        rows.push(row);
    }
    rows
}

/// Organisation skills copied as compact rows ("DDaT » Software
/// Development Software Development – Prototyping You can apply...",
/// "3 – Practitioner You can approach...") cut into the five cells a
/// plain page has. Cells that are already one field pass through.
fn expand_organisation(cells: Vec<Cell>, notes: &mut Notes) -> Vec<Cell> {
    let mut out: Vec<Cell> = Vec::new();
    // The framework of the row above, for a compact row that starts with
    // its name: "Software Development – Prototyping You can...".
    let mut framework_above = String::new();
    for cell in cells {
        let line = cell.line;
        let mut push = |text: String| out.push(Cell { text, line });
        let mut text = cell.text;
        if let Some((framework, after)) = text.split_once('»') {
            // The category, then the name that repeats it.
            let dash = after.find(" – ").or_else(|| after.find(" - "));
            let Some(dash) = dash else {
                push(text);
                continue;
            };
            let words: Vec<&str> = after[..dash].split_whitespace().collect();
            let half = words.len() / 2;
            if !words.len().is_multiple_of(2) || words[..half] != words[half..] {
                push(text);
                continue;
            }
            let category = words[..half].join(" ");
            framework.trim().clone_into(&mut framework_above);
            push(format!("{} » {category}", framework.trim()));
            text = format!("{category}{}", &after[dash..]);
            match split_named(&text) {
                Some(cut) => {
                    push(cut.title);
                    push(cut.details);
                }
                None => push(text),
            }
            continue;
        }
        let level = text
            .split_once(" – ")
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        let split = if level {
            match split_title(&text) {
                TitleSplit::Clear(cut) | TitleSplit::Acronym(cut)
                    if cut.details.split_whitespace().count() >= 5 =>
                {
                    Some(cut)
                }
                _ => None,
            }
        } else {
            split_named(&text)
        };
        let starts_row = out.last().is_none_or(|c| !c.text.contains('»'));
        if !level
            && starts_row
            && !framework_above.is_empty()
            && let Some(Cut { title: name, .. }) = &split
            && let Some((category, _)) = name.split_once(" – ")
        {
            // The place is not repeated on this row: the row above's
            // framework with this row's category.
            notes.note(
                line,
                format!("organisation skill `{name}` has no framework line: `{framework_above}` is taken from the row above; check it"),
            );
            out.push(Cell {
                text: format!("{framework_above} » {category}"),
                line,
            });
        }
        match split {
            Some(cut) => {
                out.push(Cell::new(cut.title, line));
                out.push(Cell::new(cut.details, line));
            }
            None => out.push(Cell { text, line }),
        }
    }
    out
}
