//! The assessor's evidence notes in the terminal report: one line per item
//! that has one, keyed by the item's title and wrapped under it, in the
//! order of the gap table (then items without a required level). Below the
//! table rather than in it: a note is a sentence, and a sentence in a
//! column of the table would wrap to a word a line at 80 columns.

use super::wrap;
use crate::render::Layout;
use crate::report::GapReport;
use crate::text::one_line;

/// Appends the "Evidence" section, or nothing when no item has a note.
/// Titles are already neutralised by the report; notes are here.
pub(super) fn evidence(out: &mut String, report: &GapReport, layout: Layout) {
    let notes: Vec<(&str, String)> = report
        .items
        .iter()
        .chain(&report.no_requirement)
        .filter_map(|item| {
            let note = one_line(item.evidence.as_deref()?);
            let note = note.trim();
            (!note.is_empty()).then(|| (item.title.as_str(), note.to_owned()))
        })
        .collect();
    if notes.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(&layout.paint.heading("Evidence"));
    out.push('\n');
    for (title, note) in notes {
        wrap(out, &format!("{title}: {note}"), layout.width, "  ", "    ");
    }
}
