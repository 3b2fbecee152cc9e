//! An assessment: one person's ratings against one profile, as written by
//! `assess` and read by `report`, `team` and `compare`.

use std::borrow::Cow;
use std::fmt;

use indexmap::IndexMap;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::profile::{Depth, Voice};

/// One person's ratings against one profile (or several, SPEC §4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [{"required": ["profile"]}, {"required": ["profiles"]}]))]
pub struct Assessment {
    /// Id of the profile assessed against. A file made for several
    /// profiles has `profiles` instead; read, this is the one measured
    /// against (the first of them unless another is asked for).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub profile: String,
    /// `sha256:` digest of the profile as assessed, to notice later changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_digest: Option<String>,
    /// The profiles an assessment made for several in one sitting serves
    /// (SPEC §4), instead of `profile`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(min = 1))]
    pub profiles: Vec<String>,
    /// The `sha256:` digest of each of `profiles` as assessed.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub profile_digests: IndexMap<String, String>,
    /// The person assessed.
    pub person: String,
    /// Who gave the ratings.
    #[serde(default)]
    pub assessor: Assessor,
    /// The assessor's name, when not the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor_name: Option<String>,
    /// The day of the assessment.
    pub date: Date,
    /// Whether every item has been presented.
    pub status: Status,
    /// Ratings by item id, in profile order. An item left out is not rated.
    /// A rating is `{level, evidence}` or just the level.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RatingInput>")]
    pub ratings: IndexMap<String, Rating>,
}

/// A name as typed, tidied: no space before or after, and one space
/// between words, so "alex  morgan" is written, shown and named in a file
/// as "alex morgan".
#[must_use]
pub fn tidy_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a name shows nothing (SPEC §6: a person's name is never
/// blank): only white space, and characters that take no room on the
/// screen (zero-width spaces and joiners, direction marks, soft hyphens,
/// control characters, combining marks with nothing to sit on) or that
/// look like nothing (the Hangul fillers, the blank Braille pattern).
#[must_use]
pub fn is_blank_name(name: &str) -> bool {
    use unicode_width::UnicodeWidthChar as _;
    name.chars().all(|c| {
        c.is_whitespace()
            || c.width().is_none_or(|columns| columns == 0)
            || matches!(
                c,
                '\u{ad}' | '\u{115f}' | '\u{1160}' | '\u{2800}' | '\u{3164}' | '\u{ffa0}'
            )
    })
}

/// A person's name as people are matched (SPEC §5, §6): case and white
/// space (its kind and how much) do not count, nor how an accent is
/// written (`ë` or `e` and a combining diaeresis: the same name on
/// screen).
#[must_use]
pub fn person_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    name.nfc()
        .collect::<String>()
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where a name sorts among people: as [`person_key`] matches it, with
/// accents set aside, so "Émile" sorts with the e's, not after "Zoë".
#[must_use]
pub fn name_order_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    use unicode_normalization::char::is_combining_mark;
    person_key(name)
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

/// What a rating may look like in a file (for the JSON Schema).
#[derive(JsonSchema)]
#[serde(untagged)]
#[expect(dead_code, reason = "only its JSON Schema is used")]
enum RatingInput {
    Full(Rating),
    Bare(Level),
}

/// Who gave the ratings.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Assessor {
    /// The person rated themselves.
    #[default]
    #[serde(rename = "self")]
    SelfAssessed,
    Manager,
    Peer,
}

impl Assessor {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::SelfAssessed => "self",
            Self::Manager => "manager",
            Self::Peer => "peer",
        }
    }

    /// How the levels are worded for this assessor: to the person rating
    /// themselves, or about the person a manager or peer assesses.
    #[must_use]
    pub fn voice(self) -> Voice {
        match self {
            Self::SelfAssessed => Voice::You,
            Self::Manager | Self::Peer => Voice::They,
        }
    }
}

/// Whether an assessment is finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    InProgress,
    Complete,
}

impl Status {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::InProgress => "in-progress",
            Self::Complete => "complete",
        }
    }
}

/// A rating of one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub level: Level,
    /// What the rating rests on, in the assessor's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// A rated level: a depth for knowledge/skills, a number on the profile's
/// organisation scale (0 = not yet) for organisation skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Level {
    Depth(Depth),
    Number(u8),
}

impl Level {
    /// The step this level stands for on its scale: a depth's step, or
    /// the number itself on an organisation scale.
    #[must_use]
    pub fn step(self) -> u8 {
        match self {
            Self::Depth(depth) => depth.step(),
            Self::Number(n) => n,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Depth(depth) => f.write_str(depth.name()),
            Self::Number(n) => write!(f, "{n}"),
        }
    }
}

/// A calendar date, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub jiff::civil::Date);

impl Date {
    /// Today, in the local time zone.
    #[must_use]
    pub fn today() -> Self {
        Self(jiff::ZonedDateTime::now().date())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

impl std::str::FromStr for Date {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let well_formed = text.len() == 10
            && text.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if !well_formed {
            return Err(format!("`{text}` is not a date; write it as YYYY-MM-DD"));
        }
        text.parse::<jiff::civil::Date>()
            .map(Self)
            .map_err(|_| format!("`{text}` is not a real calendar date"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
