//! CSV: one row per rated item, with a header row, written by the csv
//! crate (RFC 4180 quoting). A cell a spreadsheet would run as a formula
//! (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading
//! `'`, so it shows as text.

use crate::gap::{GapReport, LevelValue};
use crate::render::terminal::one_line;

/// Neutralises a cell a spreadsheet would treat as a formula.
#[must_use]
pub fn safe_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

const HEADER: [&str; 12] = [
    "section",
    "type",
    "id",
    "title",
    "required",
    "required_step",
    "current",
    "current_step",
    "gap",
    "status",
    "evidence",
    "person",
];

fn label(value: Option<&LevelValue>) -> (String, String) {
    value.map_or_else(
        || (String::new(), String::new()),
        |v| (safe_cell(&v.label), v.step.to_string()),
    )
}

/// The report's items as CSV, largest gaps first, then items without a
/// requirement.
#[must_use]
pub fn report(report: &GapReport) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for item in report.items.iter().chain(&report.no_requirement) {
        let (required, required_step) = label(item.required.as_ref());
        let (current, current_step) = label(item.current.as_ref());
        rows.push(vec![
            item.section.label().to_owned(),
            item.category.label().to_owned(),
            safe_cell(&item.id),
            safe_cell(&one_line(&item.title)),
            required,
            required_step,
            current,
            current_step,
            item.gap.to_string(),
            item.status.label().to_owned(),
            safe_cell(&one_line(item.evidence.as_deref().unwrap_or(""))),
            safe_cell(&one_line(&report.person)),
        ]);
    }
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(HEADER);
    for row in rows {
        let _ = writer.write_record(row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

const TEAM_HEADER: [&str; 14] = [
    "profile",
    "person",
    "assessor",
    "date",
    "status",
    "section",
    "type",
    "id",
    "title",
    "required",
    "required_step",
    "current",
    "current_step",
    "status_on_item",
];

/// The team as CSV in long form: one row per person and item (a pivot
/// table turns it into the skills × people matrix), then gap and status.
#[must_use]
pub fn team(report: &crate::team::TeamReport) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<&str> = TEAM_HEADER.to_vec();
    header.insert(13, "gap");
    let _ = writer.write_record(&header);
    for team in &report.profiles {
        for (index, member) in team.members.iter().enumerate() {
            for item in &team.items {
                let cell = item.levels[index];
                let label = |step: u8| {
                    item.level_labels
                        .get(usize::from(step))
                        .map_or_else(String::new, |l| safe_cell(l))
                };
                let section = if item.category == crate::profile::Category::Organisation {
                    "organisation_skills"
                } else {
                    "knowledge_skills"
                };
                let _ = writer.write_record([
                    safe_cell(&team.profile.id),
                    safe_cell(&one_line(&member.person)),
                    member.assessor.label().to_owned(),
                    member.date.to_string(),
                    member.status.label().to_owned(),
                    section.to_owned(),
                    item.category.label().to_owned(),
                    safe_cell(&item.id),
                    safe_cell(&one_line(&item.title)),
                    item.required
                        .as_ref()
                        .map_or_else(String::new, |r| label(r.step)),
                    item.required
                        .as_ref()
                        .map_or_else(String::new, |r| r.step.to_string()),
                    cell.current.map_or_else(String::new, label),
                    cell.current.map_or_else(String::new, |s| s.to_string()),
                    cell.gap.to_string(),
                    cell.status.label().to_owned(),
                ]);
            }
        }
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A comparison as CSV: one row per item.
#[must_use]
pub fn compare(c: &crate::compare::Comparison) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record([
        "id",
        "title",
        "type",
        "required",
        "before",
        "before_step",
        "after",
        "after_step",
        "change",
        "direction",
        "discuss",
    ]);
    for item in &c.items {
        let level = |v: Option<&LevelValue>| v.map_or_else(String::new, |v| safe_cell(&v.label));
        let step = |v: Option<&LevelValue>| v.map_or_else(String::new, |v| v.step.to_string());
        let _ = writer.write_record([
            safe_cell(&item.id),
            safe_cell(&one_line(&item.title)),
            item.category.label().to_owned(),
            level(item.required.as_ref()),
            level(item.before.as_ref()),
            step(item.before.as_ref()),
            level(item.after.as_ref()),
            step(item.after.as_ref()),
            // A negative change is a number, not a formula: keep it as is.
            item.change.map_or_else(String::new, |n| n.to_string()),
            item.direction.label().to_owned(),
            item.discuss.to_string(),
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::safe_cell;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(safe_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(safe_cell("+1"), "'+1");
        assert_eq!(safe_cell("-2"), "'-2");
        assert_eq!(safe_cell("@cmd"), "'@cmd");
        assert_eq!(safe_cell("\tx"), "'\tx");
        assert_eq!(safe_cell("Plain text"), "Plain text");
    }
}
