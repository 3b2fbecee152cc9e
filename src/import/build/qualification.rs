//! The qualifications builder. It must not see the page layout or build
//! any other section.

use super::super::notes::Notes;
use super::super::row::Row;
use super::super::sections::Column;
use super::Marks;
use crate::profile::model::QualificationKind;
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
                kind: kind_of(&title, awarding_body.as_deref()),
                title,
                awarding_body,
                develops: Vec::new(),
                reach: None,
                inferred: marks.inferred,
                truncated: marks.truncated,
            }
        })
        .collect()
}

/// A registration ("Registered IT Technician", a FEDIP grade) recognises
/// skills; it does not build them (SPEC §10). Told by its name or its
/// awarding body: the page does not say.
fn kind_of(title: &str, awarding_body: Option<&str>) -> QualificationKind {
    let title = title.to_lowercase();
    let registers = title.contains("registered") || title.contains("registration");
    let fedip = title.starts_with("fedip") || awarding_body.is_some_and(|b| b.trim() == "FEDIP");
    if registers || fedip {
        QualificationKind::Registration
    } else {
        QualificationKind::Qualification
    }
}
