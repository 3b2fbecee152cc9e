//! The CSV reading itself: a byte-order mark dropped, quoted multi-line
//! cells and CRLF as the `csv` crate reads them, the header checked
//! against the framework's columns, each cell cleaned (U+2028 to a line
//! break, stray spaces around a name trimmed) with a blemish for each
//! repair. It reads two known files; it must not interpret their content
//! beyond the level names.

use std::collections::HashMap;

use crate::profile::slug::slugify;

use super::{Blemish, BlemishKind, DdatError, File, RoleRow, SkillLevel, SkillRow};

const ROLE_COLUMNS: [&str; 10] = [
    "Role Family",
    "Role",
    "Role Description",
    "Role Level",
    "Role Level Description",
    "Skill Name",
    "Skill Description",
    "Skill Level",
    "Skill Level Description",
    "Role Type",
];

const SKILL_COLUMNS: [&str; 7] = [
    "Skill Name",
    "Skill Description",
    "Awareness",
    "Working",
    "Practitioner",
    "Expert",
    "Roles that require Skill",
];

/// Columns that hold a name, where spaces around it are a blemish.
const NAMES: [&str; 4] = ["Role Family", "Role", "Role Level", "Skill Name"];

/// Columns whose names become ids (a folder, a profile, a skill).
const ID_NAMES: [&str; 3] = ["Role Family", "Role Level", "Skill Name"];

/// One CSV file's records, cleaned, each with its line, and the blemishes
/// the cleaning found.
struct Records {
    rows: Vec<(u64, Vec<String>)>,
    blemishes: Vec<Blemish>,
}

fn records(
    bytes: &[u8],
    file: File,
    name: &'static str,
    columns: &[&'static str],
) -> Result<Records, DdatError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // A NUL is no text the framework writes (and the YAML written from it
    // could not hold one).
    if let Some(at) = memchr::memchr(0, bytes) {
        return Err(DdatError::Csv {
            file: name,
            line: 1 + memchr::memchr_iter(b'\n', &bytes[..at]).count() as u64,
            message: "a NUL byte; the file is not text".to_owned(),
        });
    }
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
    let csv_error = |line: u64, error: &csv::Error| DdatError::Csv {
        file: name,
        line,
        message: error.to_string(),
    };
    let header = reader.headers().map_err(|e| csv_error(1, &e))?.clone();
    // Spaces around a column's name are no other column.
    if header.iter().map(str::trim).ne(columns.iter().copied()) {
        return Err(DdatError::Header {
            file: name,
            expected: columns.join(", "),
            found: header.iter().collect::<Vec<_>>().join(", "),
        });
    }
    let mut found = Records {
        rows: Vec::new(),
        blemishes: Vec::new(),
    };
    // Lines counted here from the byte where each record starts: the csv
    // crate's own count is one short after a CRLF.
    let mut lines = LineCounter::new(bytes);
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
            csv_error(line, &e)
        })?;
        let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
        let mut cells = Vec::with_capacity(columns.len());
        for (column, cell) in columns.iter().zip(record.iter()) {
            let mut cell = cell.to_owned();
            if cell.contains('\u{2028}') {
                cell = cell.replace('\u{2028}', "\n");
                found.blemishes.push(Blemish {
                    file,
                    line,
                    kind: BlemishKind::LineSeparator { column },
                });
            }
            if NAMES.contains(column) && cell.trim().is_empty() {
                return Err(DdatError::EmptyName {
                    file: name,
                    line,
                    column,
                });
            }
            // The family, level and skill become file, folder and skill
            // ids: a name with no letter or digit gives none.
            if ID_NAMES.contains(column) && slugify(&cell).is_empty() {
                return Err(DdatError::NoId {
                    file: name,
                    line,
                    column,
                    value: crate::text::one_line_clipped(&cell, 80),
                });
            }
            if NAMES.contains(column) && cell.trim() != cell {
                cell = cell.trim().to_string();
                found.blemishes.push(Blemish {
                    file,
                    line,
                    kind: BlemishKind::StraySpace { column },
                });
            }
            cells.push(cell);
        }
        found.rows.push((line, cells));
    }
    Ok(found)
}

/// Line numbers of byte offsets met in increasing order, counted once.
struct LineCounter<'a> {
    bytes: &'a [u8],
    counted_to: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            counted_to: 0,
            line: 1,
        }
    }

    /// The 1-based line of the record starting at `byte`. A record the
    /// reader places on the LF of a CRLF starts after it.
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut at = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.bytes.len());
        if self.bytes.get(at) == Some(&b'\n') {
            at += 1;
        }
        if at > self.counted_to {
            // A line ends at LF, or at a CR not followed by LF (a file
            // with CR-only line ends, as old Mac tools write).
            let newlines = memchr::memchr2_iter(b'\n', b'\r', &self.bytes[self.counted_to..at])
                .filter(|&i| {
                    let i = self.counted_to + i;
                    self.bytes[i] == b'\n' || self.bytes.get(i + 1) != Some(&b'\n')
                })
                .count();
            self.line += newlines as u64;
            self.counted_to = at;
        }
        self.line
    }
}

/// Reads the role file (`role-content.csv`): every row in order, exact
/// repeats dropped, with every blemish.
///
/// # Errors
/// Other columns than the framework's, unreadable CSV, an unknown skill
/// level, or a row that repeats another's role level and skill with other
/// content.
pub fn read_roles(bytes: &[u8]) -> Result<(Vec<RoleRow>, Vec<Blemish>), DdatError> {
    let Records {
        rows: records,
        mut blemishes,
    } = records(bytes, File::Roles, "role", &ROLE_COLUMNS)?;
    let mut rows: Vec<RoleRow> = Vec::with_capacity(records.len());
    // Each role level and skill, by where it was first met. The role is
    // part of it: the chief roles' rows all have the level `NOT IN USE`.
    let mut first: HashMap<(String, String, String), usize> = HashMap::new();
    for (line, cells) in records {
        let [
            family,
            role,
            role_description,
            level,
            level_description,
            skill,
            skill_description,
            skill_level,
            skill_level_description,
            role_type,
        ]: [String; 10] = cells.try_into().map_err(|_| DdatError::Csv {
            file: "role",
            line,
            message: "a row with too few cells".into(),
        })?;
        let Some(parsed_level) = SkillLevel::parse(skill_level.trim()) else {
            return Err(DdatError::Level {
                line,
                value: skill_level,
            });
        };
        let row = RoleRow {
            line,
            family,
            role,
            role_description,
            level,
            level_description,
            skill,
            skill_description,
            skill_level: parsed_level,
            skill_level_description,
            role_type,
        };
        // The skill by its id: two names that differ only in case, spaces
        // or an invisible character are one skill of the profile.
        let key = (row.role.clone(), row.level.clone(), slugify(&row.skill));
        if let Some(&at) = first.get(&key) {
            let earlier = &rows[at];
            if earlier.skill != row.skill {
                return Err(DdatError::SameSkillId {
                    line,
                    first: earlier.line,
                    level: row.level,
                    skill: row.skill,
                    other: earlier.skill.clone(),
                });
            }
            let same = RoleRow {
                line: earlier.line,
                ..row.clone()
            } == *earlier;
            if same {
                blemishes.push(Blemish {
                    file: File::Roles,
                    line,
                    kind: BlemishKind::RepeatedRow {
                        first: earlier.line,
                    },
                });
                continue;
            }
            return Err(DdatError::ConflictingRow {
                line,
                first: earlier.line,
                level: row.level,
                skill: row.skill,
            });
        }
        let kind = match (row.skill_level, row.skill_description.trim()) {
            (SkillLevel::NotInUse, _) => Some(BlemishKind::NotInUse),
            (_, "MISSING") => Some(BlemishKind::MissingDescription),
            (_, "") => Some(BlemishKind::BlankDescription),
            _ => None,
        };
        if let Some(kind) = kind {
            blemishes.push(Blemish {
                file: File::Roles,
                line,
                kind,
            });
        }
        first.insert(key, rows.len());
        rows.push(row);
    }
    blemishes.sort();
    Ok((rows, blemishes))
}

/// Reads the skills file (`skill-descriptions.csv`): every skill in order,
/// with every blemish.
///
/// # Errors
/// Other columns than the framework's, or unreadable CSV.
pub fn read_skills(bytes: &[u8]) -> Result<(Vec<SkillRow>, Vec<Blemish>), DdatError> {
    const LEVELS: [&str; 4] = ["Awareness", "Working", "Practitioner", "Expert"];
    let Records {
        rows: records,
        mut blemishes,
    } = records(bytes, File::Skills, "skills", &SKILL_COLUMNS)?;
    let mut rows: Vec<SkillRow> = Vec::with_capacity(records.len());
    // Each skill by where it was first met.
    let mut first: HashMap<String, usize> = HashMap::new();
    for (line, cells) in records {
        let [
            name,
            description,
            awareness,
            working,
            practitioner,
            expert,
            roles,
        ]: [String; 7] = cells.try_into().map_err(|_| DdatError::Csv {
            file: "skills",
            line,
            message: "a row with too few cells".into(),
        })?;
        let levels = [awareness, working, practitioner, expert];
        if let Some(&at) = first.get(&name) {
            let earlier = &rows[at];
            if earlier.description == description
                && earlier.levels == levels
                && earlier.roles == roles
            {
                blemishes.push(Blemish {
                    file: File::Skills,
                    line,
                    kind: BlemishKind::RepeatedRow {
                        first: earlier.line,
                    },
                });
                continue;
            }
            return Err(DdatError::ConflictingSkill {
                line,
                first: earlier.line,
                skill: name,
            });
        }
        first.insert(name.clone(), rows.len());
        for (level, text) in LEVELS.iter().zip(&levels) {
            let kind = if text.trim().is_empty() {
                Some(BlemishKind::LevelEmpty { level })
            } else if text.to_lowercase().contains("not defined") {
                Some(BlemishKind::LevelNotDefined { level })
            } else {
                None
            };
            if let Some(kind) = kind {
                blemishes.push(Blemish {
                    file: File::Skills,
                    line,
                    kind,
                });
            }
        }
        rows.push(SkillRow {
            line,
            name,
            description,
            levels,
            roles,
        });
    }
    blemishes.sort();
    Ok((rows, blemishes))
}
