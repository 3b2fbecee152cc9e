//! CSV: one row per rated item, with a header row, written by the csv
//! crate (RFC 4180 quoting). A cell a spreadsheet would run as a formula
//! (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading
//! `'`, so it shows as text.
//!
//! `report` and `team` share one header ([`ITEM_HEADER`]) and one
//! vocabulary, the JSON's: sections `knowledge_skills`/`organisation_skills`,
//! categories `behavioural`/…, statuses `gap`/`not_rated`/…, so a sheet
//! built on one reads the other.

use crate::assessment::{Assessor, Date, Status};
use crate::gap::{GapStatus, LevelValue};
use crate::profile::{Category, Section};
use crate::report::GapReport;
use crate::text::one_line;

/// A CSV table whose every record ends with the output format's version
/// (SPEC §10: scripts read it): a `format_version` column.
struct Versioned {
    writer: csv::Writer<Vec<u8>>,
    header: bool,
}

impl Versioned {
    fn new() -> Self {
        Self {
            writer: csv::Writer::from_writer(Vec::new()),
            header: true,
        }
    }

    /// Writes one record (the first is the header), with the version.
    fn record<I, T>(&mut self, fields: I) -> csv::Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<[u8]>,
    {
        for field in fields {
            self.writer.write_field(field)?;
        }
        let last = if std::mem::take(&mut self.header) {
            "format_version".to_owned()
        } else {
            crate::render::FORMAT_VERSION.to_string()
        };
        self.writer.write_record([last])
    }

    fn finish(self) -> String {
        String::from_utf8(self.writer.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

/// Neutralises a cell a spreadsheet would treat as a formula.
#[must_use]
pub fn safe_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The columns of `report --format csv` and `team --format csv`, in order.
pub const ITEM_HEADER: [&str; 17] = [
    "profile",
    "person",
    "assessor",
    "assessor_name",
    "date",
    "assessment_status",
    "section",
    "category",
    "id",
    "title",
    "required",
    "required_step",
    "current",
    "current_step",
    "gap",
    "status",
    "evidence",
];

/// Who was assessed, by whom, when: the first columns of every row.
struct Assessed<'a> {
    profile: &'a str,
    person: &'a str,
    assessor: Assessor,
    assessor_name: Option<&'a str>,
    date: Date,
    status: Status,
}

/// One item's standing: the rest of the row.
struct ItemRow<'a> {
    section: Section,
    category: Category,
    id: &'a str,
    title: &'a str,
    required: Option<(String, u8)>,
    current: Option<(String, u8)>,
    gap: u8,
    status: GapStatus,
    evidence: Option<&'a str>,
}

fn item_record(who: &Assessed<'_>, item: ItemRow<'_>) -> [String; 17] {
    let split = |value: Option<(String, u8)>| {
        value.map_or_else(
            || (String::new(), String::new()),
            |(label, step)| (safe_cell(&one_line(&label)), step.to_string()),
        )
    };
    let (required, required_step) = split(item.required);
    let (current, current_step) = split(item.current);
    [
        safe_cell(who.profile),
        safe_cell(&one_line(who.person)),
        who.assessor.label().to_owned(),
        safe_cell(&one_line(who.assessor_name.unwrap_or(""))),
        who.date.to_string(),
        who.status.label().to_owned(),
        item.section.key().to_owned(),
        item.category.label().to_owned(),
        safe_cell(item.id),
        safe_cell(&one_line(item.title)),
        required,
        required_step,
        current,
        current_step,
        item.gap.to_string(),
        item.status.key().to_owned(),
        safe_cell(&one_line(item.evidence.unwrap_or(""))),
    ]
}

fn level(value: Option<&LevelValue>) -> Option<(String, u8)> {
    value.map(|v| (v.label.clone(), v.step))
}

/// The report's items as CSV, largest gaps first, then items without a
/// requirement.
#[must_use]
pub fn report(report: &GapReport) -> String {
    let mut writer = Versioned::new();
    let who = Assessed {
        profile: &report.profile.id,
        person: &report.person,
        assessor: report.assessor,
        assessor_name: report.assessor_name.as_deref(),
        date: report.date,
        status: report.status,
    };
    // Writing to a Vec cannot fail.
    let _ = writer.record(ITEM_HEADER);
    for item in report.items.iter().chain(&report.no_requirement) {
        let _ = writer.record(item_record(
            &who,
            ItemRow {
                section: item.section,
                category: item.category,
                id: &item.id,
                title: &item.title,
                required: level(item.required.as_ref()),
                current: level(item.current.as_ref()),
                gap: item.gap,
                status: item.status,
                evidence: item.evidence.as_deref(),
            },
        ));
    }
    writer.finish()
}

/// The team as CSV in long form: one row per assessment and item (a pivot
/// table turns it into the skills × people matrix), with the same columns
/// as the report's CSV.
#[must_use]
pub fn team(report: &crate::team::TeamReport) -> String {
    let mut writer = Versioned::new();
    let _ = writer.record(ITEM_HEADER);
    for team in &report.profiles {
        for (index, member) in team.members.iter().enumerate() {
            // By role, each person's row names their own level, and
            // their own level's requirement.
            let who = Assessed {
                profile: member.level.as_deref().unwrap_or(&team.profile.id),
                person: &member.person,
                assessor: member.assessor,
                assessor_name: member.assessor_name.as_deref(),
                date: member.date,
                status: member.status,
            };
            for (position, item) in team.items.iter().enumerate() {
                // By role: only the items the person's level rates.
                if !item.asked(member) {
                    continue;
                }
                let cell = item.levels[index];
                let at = |step: u8| {
                    let label = item.level_labels.get(usize::from(step));
                    (label.cloned().unwrap_or_default(), step)
                };
                let _ = writer.record(item_record(
                    &who,
                    ItemRow {
                        section: Section::of(item.category),
                        category: item.category,
                        id: &item.id,
                        title: &item.title,
                        required: item.required_of(member).map(|r| at(r.step)),
                        current: cell.current.map(at),
                        gap: cell.gap,
                        status: cell.status,
                        evidence: member.evidence_at(position),
                    },
                ));
            }
        }
    }
    writer.finish()
}

/// A comparison as CSV: one row per item.
#[must_use]
pub fn compare(c: &crate::compare::Comparison) -> String {
    let mut writer = Versioned::new();
    let _ = writer.record([
        "id",
        "title",
        "category",
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
        let level =
            |v: Option<&LevelValue>| v.map_or_else(String::new, |v| safe_cell(&one_line(&v.label)));
        let step = |v: Option<&LevelValue>| v.map_or_else(String::new, |v| v.step.to_string());
        let _ = writer.record([
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
            item.direction.key().to_owned(),
            item.discuss.to_string(),
        ]);
    }
    writer.finish()
}

/// `roles` as CSV: one row per profile, in the list's order.
#[must_use]
pub fn roles(report: &crate::career::RolesReport) -> String {
    let mut writer = Versioned::new();
    let _ = writer.record([
        "person",
        "profile",
        "title",
        "family",
        "role",
        "rank",
        "track",
        "standing",
        "readiness_percent",
        "required",
        "rated",
        "met",
        "knowledge_skills_gaps",
        "knowledge_skills_steps",
        "organisation_skills_gaps",
        "organisation_skills_steps",
        "to_rate",
    ]);
    for row in &report.profiles {
        let fit = &row.fit;
        let standing = match fit.standing {
            crate::career::Standing::Ranked => "ranked",
            crate::career::Standing::PoorlyCovered => "poorly-covered",
            crate::career::Standing::NotRated => "not-rated",
        };
        let _ = writer.record([
            safe_cell(&one_line(&report.person)),
            safe_cell(&one_line(&fit.id)),
            safe_cell(&one_line(&fit.title)),
            safe_cell(&one_line(fit.family.as_deref().unwrap_or_default())),
            safe_cell(&one_line(fit.role.as_deref().unwrap_or_default())),
            fit.rank.map(|r| r.to_string()).unwrap_or_default(),
            fit.track.map(|t| t.name().to_owned()).unwrap_or_default(),
            standing.to_owned(),
            format!("{:.1}", fit.readiness_percent),
            fit.required.to_string(),
            fit.covered.to_string(),
            fit.met.to_string(),
            fit.depth.gaps.to_string(),
            fit.depth.steps.to_string(),
            fit.organisation.gaps.to_string(),
            fit.organisation.steps.to_string(),
            safe_cell(&one_line(&fit.to_rate.join(" "))),
        ]);
    }
    writer.finish()
}

/// `history` as CSV: one row per person and dated assessment, oldest
/// first; `moved` lists the items that moved since the previous row of
/// the person, each `id:from>to` in steps, space-separated.
#[must_use]
pub fn history(report: &crate::history::HistoryReport) -> String {
    let mut writer = Versioned::new();
    let _ = writer.record([
        "person",
        "assessor",
        "assessor_name",
        "date",
        "assessment_status",
        "file",
        "profile",
        "followed_profile",
        "profile_changed_from",
        "readiness_percent",
        "met",
        "required",
        "rated",
        "gaps",
        "compared",
        "moved_up",
        "moved_down",
        "moved",
    ]);
    for person in &report.people {
        for point in &person.assessments {
            let (up, down) = point.ups_and_downs();
            let moved: Vec<String> = point
                .moved
                .iter()
                .map(|m| format!("{}:{}>{}", one_line(&m.id), m.from.step, m.to.step))
                .collect();
            let _ = writer.record([
                safe_cell(&one_line(&person.person)),
                person.assessor.label().to_owned(),
                safe_cell(&one_line(
                    point.assessor_name.as_deref().unwrap_or_default(),
                )),
                point.date.to_string(),
                point.status.label().to_owned(),
                safe_cell(&one_line(&point.file)),
                safe_cell(&one_line(&point.profile.id)),
                safe_cell(&one_line(&person.profile.id)),
                safe_cell(&one_line(
                    point
                        .profile_changed
                        .as_ref()
                        .map_or("", |change| change.from.id.as_str()),
                )),
                format!("{:.1}", point.readiness_percent),
                point.met.to_string(),
                point.with_requirement.to_string(),
                point.rated.to_string(),
                point.gaps.to_string(),
                point.compared.to_string(),
                up.to_string(),
                down.to_string(),
                safe_cell(&moved.join(" ")),
            ]);
        }
    }
    writer.finish()
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
