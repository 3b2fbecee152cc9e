//! The work-activities builder, with SFIA tags taken off the titles. It
//! must not see the page layout or build any other section.

use super::super::notes::Notes;
use super::super::row::Row;
use super::super::sections::Column;
use super::Marks;
use crate::profile::{Field, WorkActivity};

/// A work activity's title with its SFIA tag taken off.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Tagged {
    pub title: String,
    /// The SFIA skill code: `PROG`.
    pub code: Option<String>,
    pub level: Option<u8>,
}

/// Splits "Title (PROG)(Level 5)" and its variants into the title, the
/// SFIA code and the level.
pub(super) fn sfia_tag(title: &str) -> Tagged {
    let is_code = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_uppercase());
    // "Level 5", "level5", "Lvl 5", "L5": the number of a level.
    let level_of = |text: &str| -> Option<u8> {
        let lower = text.to_lowercase();
        let rest = ["level", "lvl", "l"]
            .iter()
            .find_map(|p| lower.strip_prefix(p))?
            .trim();
        (!rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
            .then(|| rest.parse().ok())
            .flatten()
    };
    let mut clean = title.trim_end().to_owned();
    let mut level = None;
    let mut code = None;
    // Trailing groups, last first: "(PROG)(Level 5)", "(OFCL) (level 5)",
    // "(PROG Level 5)", "(L5)". A group that is neither stops the search.
    while clean.ends_with(')')
        && let Some(start) = clean.rfind('(')
    {
        let inner = clean[start + 1..clean.len() - 1].trim().to_owned();
        let (head, tail) = inner.split_once(' ').unwrap_or((&inner, ""));
        let (found_code, found_level) = if let Some(l) = level_of(&inner) {
            (None, Some(l))
        } else if is_code(&inner) {
            (Some(inner.clone()), None)
        } else if head.len() == 4
            && head.chars().all(|c| c.is_ascii_alphabetic())
            && level_of(tail).is_some()
        {
            // With a level after it, a code may be written in lower case.
            (Some(head.to_ascii_uppercase()), level_of(tail))
        } else {
            break;
        };
        if (found_code.is_some() && code.is_some()) || (found_level.is_some() && level.is_some()) {
            break;
        }
        code = code.or(found_code);
        level = level.or(found_level);
        clean.truncate(start);
        clean.truncate(clean.trim_end().len());
    }
    // A bare code before the level: "Reviews and monitors PROG (Level 5)".
    if level.is_some()
        && code.is_none()
        && let Some((head, last)) = clean.rsplit_once(' ')
        && is_code(last)
    {
        code = Some(last.to_owned());
        clean = head.trim_end().to_owned();
    }
    Tagged {
        title: clean,
        code,
        level,
    }
}

/// The work activities, one a row.
pub(super) fn activities(rows: Vec<Row>, notes: &mut Notes) -> Vec<WorkActivity> {
    rows.into_iter()
        .enumerate()
        .map(|(index, row)| {
            let line = row.line_of(Column::Title);
            let tagged = sfia_tag(row.text(Column::Title));
            let what = format!("work activity {}", index + 1);
            if let Some(level) = tagged.level.filter(|l| !(1..=7).contains(l)) {
                notes.note(
                    line,
                    format!("{what}: SFIA level {level} is outside SFIA's levels 1 to 7; check `sfia_level`"),
                );
            }
            let mut marks = Marks::default();
            let title = marks.title(&tagged.title, line, &what, notes);
            let details = row.text(Column::Details).to_owned();
            marks.check_text(&details, line, Field::Details, &what, notes);
            WorkActivity {
                id: String::new(),
                title,
                details,
                sfia_code: tagged.code,
                sfia_level: tagged.level,
                inferred: marks.inferred,
                truncated: marks.truncated,
            }
        })
        .collect()
}
