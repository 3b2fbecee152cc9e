//! The organisation-skills section reader, with compact rows cut into
//! the five cells a plain page has. It must not read any other section.

use super::compact::{SMALL_WORDS, TitleSplit, split_title, starts_upper};
use super::rows::{cell_text, fixed_rows, lost_title};
use super::{Body, Cell, Reader};
use crate::profile::{Field, OrganisationSkill};

/// The name of an organisation skill, "Category – Title", cut from the
/// start of `text` when the details follow it on the same line.
pub(super) fn split_named(text: &str) -> Option<(String, String)> {
    let (category, rest) = text.split_once(" – ").or_else(|| text.split_once(" - "))?;
    // A category is a short name, not the start of a sentence.
    let title_case = category
        .split_whitespace()
        .all(|w| starts_upper(w) || SMALL_WORDS.contains(&w));
    if !title_case || category.split_whitespace().count() > 5 || category.contains(['.', ',', ';'])
    {
        return None;
    }
    match split_title(rest) {
        TitleSplit::Clear(title, details) | TitleSplit::Acronym(title, details)
            if details.split_whitespace().count() >= 5 =>
        {
            Some((format!("{category} – {title}"), details))
        }
        _ => None,
    }
}

/// Organisation skills copied as compact rows ("DDaT » Software
/// Development Software Development – Prototyping You can apply...",
/// "3 – Practitioner You can approach...") cut into the five cells a
/// plain page has. Cells that are already one field pass through.
pub(super) fn expand_organisation(cells: Vec<Cell>, reader: &mut Reader) -> Vec<Cell> {
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
                Some((name, details)) => {
                    push(name);
                    push(details);
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
                TitleSplit::Clear(level, details) | TitleSplit::Acronym(level, details)
                    if details.split_whitespace().count() >= 5 =>
                {
                    Some((level, details))
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
            && let Some((name, _)) = &split
            && let Some((category, _)) = name.split_once(" – ")
        {
            // The place is not repeated on this row: the row above's
            // framework with this row's category.
            reader.note(
                line,
                format!("organisation skill `{name}` has no framework line: `{framework_above}` is taken from the row above; check it"),
            );
            out.push(Cell {
                text: format!("{framework_above} » {category}"),
                line,
            });
        }
        match split {
            Some((first, second)) => {
                out.push(Cell { text: first, line });
                out.push(Cell { text: second, line });
            }
            None => out.push(Cell { text, line }),
        }
    }
    out
}

pub(super) fn organisation(
    body: Body,
    section_line: usize,
    reader: &mut Reader,
) -> Vec<OrganisationSkill> {
    let rows = if body.rows.is_empty() {
        fixed_rows(&expand_organisation(body.cells, reader), 5, reader)
    } else {
        body.rows
    };
    let mut out = Vec::new();
    for (index, row) in rows.into_iter().enumerate() {
        for cell in row.iter().skip(5).filter(|c| !c.text.is_empty()) {
            reader.unplaced.push((cell.line, cell.text.clone()));
        }
        let text = |i: usize| cell_text(&row, i);
        let line = row.first().map_or(section_line, |c| c.line);
        let label = format!("organisation skill {}", index + 1);
        let place = text(0);
        let (framework, category) = place
            .split_once('»')
            .map_or((place.clone(), String::new()), |(f, c)| {
                (f.trim().to_owned(), c.trim().to_owned())
            });
        let name = text(1);
        // "Software Development – Systems design": the category repeats.
        let title = name
            .strip_prefix(&format!("{category} – "))
            .or_else(|| name.strip_prefix(&format!("{category} - ")))
            .unwrap_or(&name)
            .to_owned();
        let level_text = text(3);
        let level: u8 = level_text
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap_or(0);
        if level == 0 {
            reader.note(
                line,
                if level_text.is_empty() {
                    format!("{label}: its level is lost in the page; set `level`")
                } else {
                    format!("{label}: no level number in `{level_text}`; set `level`")
                },
            );
        }
        let mut skill = OrganisationSkill {
            id: String::new(),
            framework,
            category,
            title,
            description: text(2),
            level,
            level_description: text(4),
            inferred: Vec::new(),
            truncated: Vec::new(),
        };
        lost_title(&mut skill.title, &mut skill.inferred, line, &label, reader);
        reader.check_text(
            &skill.description,
            line,
            Field::Description,
            &label,
            (&mut skill.inferred, &mut skill.truncated),
        );
        reader.check_text(
            &skill.level_description,
            line,
            Field::LevelDescription,
            &label,
            (&mut skill.inferred, &mut skill.truncated),
        );
        out.push(skill);
    }
    out
}
