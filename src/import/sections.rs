//! The vocabulary of a profile page, as data: one [`SECTIONS`] entry per
//! section with its headings, the column-header lines under them, its
//! canonical columns, how a table's header maps onto them, how plain
//! cells make its rows and how its compact rows are written. It must not
//! read any text itself.

use crate::profile::SkillType;

/// A section of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Background,
    WorkActivities,
    /// Knowledge/skills of every type in one table.
    KnowledgeSkills,
    /// A "Behavioural Skills" / "Technical Skills" section of its own: the
    /// type is the section's.
    TypedSkills,
    Training,
    Development,
    Qualifications,
    Organisation,
}

/// A section found on the page: its kind, and the type its heading gives
/// the skills under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Section {
    pub kind: Kind,
    /// For [`Kind::TypedSkills`] only.
    pub skill_type: Option<SkillType>,
}

impl Section {
    /// A section of `kind` whose heading gives no skill type.
    pub(super) const fn of(kind: Kind) -> Self {
        Self {
            kind,
            skill_type: None,
        }
    }

    /// The section's entry in [`SECTIONS`].
    pub(super) fn spec(self) -> &'static Spec {
        SECTIONS
            .iter()
            .find(|spec| spec.kind == self.kind)
            .expect("every kind has an entry in SECTIONS")
    }
}

/// A field of a row, whatever the layout it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    Title,
    Details,
    Depth,
    /// A knowledge/skill's type.
    Type,
    AwardingBody,
    /// A background entry's text.
    Description,
    /// A background entry's type.
    Background,
    /// An organisation skill's "Framework » Category".
    Place,
    /// An organisation skill's "Category – Title".
    Name,
    Level,
    LevelDescription,
}

impl Column {
    /// How many columns there are.
    pub(super) const COUNT: usize = Self::LevelDescription as usize + 1;

    /// The column's name in a table header, lower case.
    pub(super) const fn name(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Details => "details",
            Self::Depth => "depth",
            Self::Type => "type",
            Self::AwardingBody => "awarding body",
            Self::Description => "description",
            Self::Background => "background",
            Self::Place => "framework » category",
            Self::Name => "skill name and description",
            Self::Level => "level",
            Self::LevelDescription => "level description",
        }
    }
}

/// How a table's header row places its cells in the section's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Header {
    /// Cells in page order; the header is not read.
    Unread,
    /// Cells in page order, unless the header names every column: then in
    /// the header's order.
    AllNamed,
    /// Each column where the header names it (title first and details
    /// second when it does not); a row with fewer cells than the header
    /// has its cells placed by what they say.
    EachNamed,
}

/// What becomes of a table cell past the section's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Extra {
    /// Listed as unplaced.
    Unplaced,
    /// Dropped: a background row's cells past its two.
    Dropped,
}

/// How the cells of a plain page make a section's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Plain {
    /// A fixed number of cells a row.
    Width(usize),
    /// Paragraphs, each group closed by a short label (its type).
    Paragraphs,
    /// Title, depth when there is one (before or after the details),
    /// details, and the type unless the section gives it.
    Skills,
}

/// What a compact row (a row's fields run together on one line) holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Compact {
    /// Title and details.
    Plain,
    /// Knowledge/skills in one table: depth and type too.
    Skills,
    /// A Behavioural or Technical section of its own: a depth, before or
    /// after the details, but no type.
    TypedSkills,
    /// A qualification a line, the awarding body at its end or on a line
    /// of its own: read so only on a page already seen to be compact.
    Qualifications,
    /// Organisation skills, always split where a line runs fields
    /// together (a field alone on its line passes through); they do not
    /// make the page compact.
    Organisation,
}

/// One section's vocabulary and shape.
#[derive(Debug)]
pub(super) struct Spec {
    pub kind: Kind,
    /// Its headings as [`heading_text`](super::page::heading_text) gives
    /// them.
    pub headings: &'static [&'static str],
    /// Lines under it that label columns, not content, in the same form;
    /// skipped in any section.
    pub column_headings: &'static [&'static str],
    /// Its rows' fields in a table's usual order.
    pub columns: &'static [Column],
    pub header: Header,
    pub extra: Extra,
    pub plain: Plain,
    pub compact: Option<Compact>,
}

/// The columns of a title-and-details section.
const TWO_COLUMNS: [Column; 2] = [Column::Title, Column::Details];

/// Every section of a profile page.
pub(super) static SECTIONS: [Spec; 8] = [
    Spec {
        kind: Kind::Background,
        headings: &["background components", "background"],
        column_headings: &["description background"],
        columns: &[Column::Description, Column::Background],
        header: Header::Unread,
        extra: Extra::Dropped,
        plain: Plain::Paragraphs,
        compact: None,
    },
    Spec {
        kind: Kind::WorkActivities,
        headings: &["work activity components", "work activities"],
        column_headings: &["title details"],
        columns: &TWO_COLUMNS,
        header: Header::AllNamed,
        extra: Extra::Unplaced,
        plain: Plain::Width(2),
        compact: Some(Compact::Plain),
    },
    Spec {
        kind: Kind::KnowledgeSkills,
        headings: &[
            "knowledge/skills components",
            "knowledge and skills components",
            "knowledge/skills",
        ],
        column_headings: &[
            "title depth details type",
            "title details depth",
            "title depth details",
            "title details type",
        ],
        columns: &[Column::Title, Column::Depth, Column::Details, Column::Type],
        header: Header::EachNamed,
        extra: Extra::Unplaced,
        plain: Plain::Skills,
        compact: Some(Compact::Skills),
    },
    Spec {
        kind: Kind::TypedSkills,
        // Found by `typed_skills_section`, not by a fixed heading.
        headings: &[],
        column_headings: &[],
        columns: &[Column::Title, Column::Depth, Column::Details, Column::Type],
        header: Header::EachNamed,
        extra: Extra::Unplaced,
        plain: Plain::Skills,
        compact: Some(Compact::TypedSkills),
    },
    Spec {
        kind: Kind::Training,
        headings: &["training components"],
        column_headings: &["training activities"],
        columns: &TWO_COLUMNS,
        header: Header::AllNamed,
        extra: Extra::Unplaced,
        plain: Plain::Width(2),
        compact: Some(Compact::Plain),
    },
    Spec {
        kind: Kind::Development,
        headings: &["pda components", "professional development activities"],
        column_headings: &[],
        columns: &TWO_COLUMNS,
        header: Header::AllNamed,
        extra: Extra::Unplaced,
        plain: Plain::Width(2),
        compact: Some(Compact::Plain),
    },
    Spec {
        kind: Kind::Qualifications,
        headings: &["qualification components", "qualifications"],
        column_headings: &["title awarding body"],
        columns: &[Column::Title, Column::AwardingBody],
        header: Header::AllNamed,
        extra: Extra::Unplaced,
        plain: Plain::Width(2),
        compact: Some(Compact::Qualifications),
    },
    Spec {
        kind: Kind::Organisation,
        headings: &["organisation skills", "organization skills"],
        column_headings: &[
            "framework » organisation",
            "category » subcategory",
            "skill name and description level",
        ],
        columns: &[
            Column::Place,
            Column::Name,
            Column::Description,
            Column::Level,
            Column::LevelDescription,
        ],
        header: Header::Unread,
        extra: Extra::Unplaced,
        plain: Plain::Width(5),
        compact: Some(Compact::Organisation),
    },
];

/// Cells that make a table row its header row.
pub(super) const HEADER_NAMES: [&str; 4] = [
    "title",
    "description",
    "details",
    "skill name and description",
];

/// The section a heading (as `heading_text` gives it) starts.
pub(super) fn section_of(heading: &str) -> Option<Section> {
    SECTIONS
        .iter()
        .find(|spec| spec.headings.contains(&heading))
        .map(|spec| Section::of(spec.kind))
}

/// Whether a line (as `heading_text` gives it) labels columns.
pub(super) fn is_column_heading(heading: &str) -> bool {
    SECTIONS
        .iter()
        .any(|spec| spec.column_headings.contains(&heading))
}

/// The type a "Behavioural ..." / "Technical ..." / "Other ..." text
/// names.
pub(super) fn skill_type_of(text: &str) -> Option<SkillType> {
    let lower = text.to_lowercase();
    if lower.starts_with("behavioural") {
        Some(SkillType::Behavioural)
    } else if lower.starts_with("technical") {
        Some(SkillType::Technical)
    } else if lower.starts_with("other") {
        Some(SkillType::Other)
    } else {
        None
    }
}
