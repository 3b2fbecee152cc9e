//! Reading the DDaT framework's two published CSV files (SPEC §9) into
//! rows, with every blemish of the data found and placed on its CSV line,
//! never hidden. This is the first stage of `import --ddat`: it reads and
//! reports, and it must not build profiles or decide ladders.
//!
//! What it repairs, each with a [`Blemish`]:
//! - a U+2028 line separator becomes a line break, so YAML stays readable
//!   (NBSP and zero-width spaces are kept as they are);
//! - stray spaces around a name are trimmed;
//! - a row that exactly repeats an earlier one is dropped.
//!
//! What it only reports: `MISSING` and blank descriptions, `NOT IN USE`
//! rows, levels "currently not defined" and empty level cells. A row that
//! repeats an earlier one's role level and skill with other content is an
//! error: which one the framework means cannot be known.

pub mod carry;
pub mod generate;
pub mod ladder;
mod read;

pub use read::{read_roles, read_skills};

/// One of the four DDaT skill levels, or the mark of a role level the
/// framework does not use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SkillLevel {
    Awareness,
    Working,
    Practitioner,
    Expert,
    NotInUse,
}

impl SkillLevel {
    /// The level as the CSV writes it.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "Awareness" => Self::Awareness,
            "Working" => Self::Working,
            "Practitioner" => Self::Practitioner,
            "Expert" => Self::Expert,
            "NOT IN USE" => Self::NotInUse,
            _ => return None,
        })
    }

    /// The step on the DDaT scale (1 Awareness … 4 Expert); none for a
    /// role level not in use.
    #[must_use]
    pub fn step(self) -> Option<u8> {
        match self {
            Self::Awareness => Some(1),
            Self::Working => Some(2),
            Self::Practitioner => Some(3),
            Self::Expert => Some(4),
            Self::NotInUse => None,
        }
    }
}

/// One row of the role file: one skill of one role level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRow {
    /// Where the row starts in the file, 1-based.
    pub line: u64,
    pub family: String,
    pub role: String,
    pub role_description: String,
    pub level: String,
    pub level_description: String,
    pub skill: String,
    pub skill_description: String,
    pub skill_level: SkillLevel,
    pub skill_level_description: String,
    /// Empty, or `Senior Civil Service`.
    pub role_type: String,
}

/// One row of the skills file: a skill and what each level means for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillRow {
    pub line: u64,
    pub name: String,
    pub description: String,
    /// Awareness, Working, Practitioner, Expert, as written.
    pub levels: [String; 4],
    pub roles: String,
}

/// Which of the two files a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum File {
    Roles,
    Skills,
}

/// A blemish of the published data, at its line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Blemish {
    pub file: File,
    pub line: u64,
    pub kind: BlemishKind,
}

/// What is wrong with the data at a line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum BlemishKind {
    /// The skill description is the literal text `MISSING`.
    MissingDescription,
    /// The skill description is empty.
    BlankDescription,
    /// The role level is `NOT IN USE`.
    NotInUse,
    /// The row repeats the row at `first` exactly; it was dropped.
    RepeatedRow { first: u64 },
    /// A cell of `column` held U+2028, turned into line breaks.
    LineSeparator { column: &'static str },
    /// `column` had spaces around it, trimmed.
    StraySpace { column: &'static str },
    /// A level of the skill is "currently not defined".
    LevelNotDefined { level: &'static str },
    /// A level of the skill is empty.
    LevelEmpty { level: &'static str },
}

/// Why the files cannot be read as the framework.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DdatError {
    #[error(
        "the {file} file has other columns than the framework's: expected {expected}; found {found}"
    )]
    Header {
        file: &'static str,
        expected: String,
        found: String,
    },
    #[error("the {file} file is not readable CSV at line {line}: {message}")]
    Csv {
        file: &'static str,
        line: u64,
        message: String,
    },
    #[error(
        "the {file} file has an empty `{column}` at line {line}; every row names its role, level and skill"
    )]
    EmptyName {
        file: &'static str,
        line: u64,
        column: &'static str,
    },
    #[error(
        "skills file line {line} repeats line {first}'s skill `{skill}` with other content; which one the framework means cannot be known"
    )]
    ConflictingSkill {
        line: u64,
        first: u64,
        skill: String,
    },
    #[error(
        "the {file} file's `{column}` at line {line} is `{value}`, with no letter or digit to make an id from"
    )]
    NoId {
        file: &'static str,
        line: u64,
        column: &'static str,
        value: String,
    },
    #[error(
        "line {line}: `{value}` is not a skill level (Awareness, Working, Practitioner, Expert or NOT IN USE)"
    )]
    Level { line: u64, value: String },
    #[error(
        "line {line} repeats line {first}'s role level `{level}` and skill `{skill}` with other content; which one the framework means cannot be known"
    )]
    ConflictingRow {
        line: u64,
        first: u64,
        level: String,
        skill: String,
    },
    #[error(
        "line {line}'s skill `{skill}` and line {first}'s `{other}`, both of role level `{level}`, make one skill id; which one the framework means cannot be known"
    )]
    SameSkillId {
        line: u64,
        first: u64,
        level: String,
        skill: String,
        other: String,
    },
}

#[cfg(test)]
mod tests;

#[cfg(test)]
#[path = "ladder_tests.rs"]
mod ladder_tests;

#[cfg(test)]
#[path = "generate_tests.rs"]
mod generate_tests;
