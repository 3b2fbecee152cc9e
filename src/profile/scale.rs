//! Rating scales: the depth scale of knowledge/skills and the numbered scales
//! of organisation skills (DDaT by default, SFIA, or one a profile defines).
//!
//! Every level carries a one-line meaning, written by us, shown while rating.
//! SFIA's own descriptive text is licensed and must never appear here: only
//! its level numbers and short names.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Required or achieved depth of a knowledge/skills component.
///
/// `None` in a profile (an absent `depth`) means "no requirement"; in an
/// assessment, [`Depth::None`] means "not yet".
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Depth {
    None,
    Aware,
    Familiar,
    Proficient,
    Expert,
}

impl Depth {
    pub const ALL: [Self; 5] = [
        Self::None,
        Self::Aware,
        Self::Familiar,
        Self::Proficient,
        Self::Expert,
    ];

    /// Position on the scale, 0 (none) to 4 (expert).
    #[must_use]
    pub fn step(self) -> u8 {
        self as u8
    }

    /// The word written in files (`familiar`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Aware => "aware",
            Self::Familiar => "familiar",
            Self::Proficient => "proficient",
            Self::Expert => "expert",
        }
    }

    /// The depth at `step` (0 none to 4 expert).
    #[must_use]
    pub fn from_step(step: u8) -> Option<Self> {
        Self::ALL.get(usize::from(step)).copied()
    }

    /// The wording the published profiles use ("Familiar with").
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::None => "Not yet",
            Self::Aware => "Aware of",
            Self::Familiar => "Familiar with",
            Self::Proficient => "Proficient in",
            Self::Expert => "Expert in",
        }
    }

    /// One line on what the depth means, shown while rating, said to the
    /// person rating themselves ("You know…").
    #[must_use]
    pub fn meaning(self) -> &'static str {
        self.meaning_in(Voice::You)
    }

    /// One line on what the depth means, in `voice`: "You know…" to the
    /// person rating themselves, "They know…" about the person assessed.
    #[must_use]
    pub fn meaning_in(self, voice: Voice) -> &'static str {
        DEPTH_MEANINGS[usize::from(self.step())][voice as usize]
    }

    /// Parses the wording of a published profile ("Proficient in").
    #[must_use]
    pub fn from_label(text: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|depth| depth.label().eq_ignore_ascii_case(text.trim()))
    }
}

/// Whom the meanings of the levels speak of: the person rating
/// themselves ("You know the basics…"), or the person a manager or peer is
/// assessing ("They know the basics…").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Voice {
    /// Second person, to the one rating themselves.
    #[default]
    You,
    /// Third person, about the one being assessed.
    They,
}

/// What each depth means, from none to expert: `[you, they]`.
const DEPTH_MEANINGS: [[&str; 2]; 5] = [
    [
        "You have not met this yet, or only by name.",
        "They have not met this yet, or only by name.",
    ],
    [
        "You know what it is, what it is for and when it applies.",
        "They know what it is, what it is for and when it applies.",
    ],
    [
        "You understand it well and can use it with some help.",
        "They understand it well and can use it with some help.",
    ],
    [
        "You use it confidently on your own in everyday work.",
        "They use it confidently on their own in everyday work.",
    ],
    [
        "You know it in depth; others come to you for advice on it.",
        "They know it in depth; others come to them for advice on it.",
    ],
];

/// What "not yet" (0) means on an organisation scale: `[you, they]`.
pub(super) const NOT_YET_AT_SKILL: [&str; 2] = [
    "You have not worked at this skill yet.",
    "They have not worked at this skill yet.",
];

/// One level of a numbered organisation scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    /// Short name, e.g. "Practitioner".
    pub name: String,
    /// One line on what the level means, shown while rating.
    pub meaning: String,
}

/// A scale a profile defines for its organisation skills; levels are
/// numbered from 1 in the order given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomScale {
    pub name: String,
    pub levels: Vec<ScaleLevel>,
}

/// A built-in organisation scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PresetScale {
    /// The Government Digital and Data Profession Capability Framework
    /// (DDaT: Digital, Data and Technology): 1 Awareness to 4 Expert.
    Ddat,
    /// SFIA levels of responsibility: 1 Follow to 7 Set strategy.
    Sfia,
}

/// The `organisation_scale` of a profile: a preset name or a custom scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum OrgScaleSpec {
    Preset(PresetScale),
    Custom(CustomScale),
}

impl Default for OrgScaleSpec {
    fn default() -> Self {
        Self::Preset(PresetScale::Ddat)
    }
}

/// The DDaT levels: name, then what it means `[you, they]`.
const DDAT: [(&str, [&str; 2]); 4] = [
    (
        "Awareness",
        [
            "You know the basics and can take part with guidance.",
            "They know the basics and can take part with guidance.",
        ],
    ),
    (
        "Working",
        [
            "You apply it to routine work and ask for help on hard cases.",
            "They apply it to routine work and ask for help on hard cases.",
        ],
    ),
    (
        "Practitioner",
        [
            "You apply it on your own to complex work and guide others.",
            "They apply it on their own to complex work and guide others.",
        ],
    ),
    (
        "Expert",
        [
            "You lead on it and set direction; others rely on you for it.",
            "They lead on it and set direction; others rely on them for it.",
        ],
    ),
];

/// The SFIA levels: name, then what it means `[you, they]` (our words,
/// never SFIA's licensed text).
const SFIA: [(&str, [&str; 2]); 7] = [
    (
        "Follow",
        [
            "You work on routine tasks under close direction.",
            "They work on routine tasks under close direction.",
        ],
    ),
    (
        "Assist",
        [
            "You help on a range of tasks with some room for your own judgement.",
            "They help on a range of tasks with some room for their own judgement.",
        ],
    ),
    (
        "Apply",
        [
            "You plan your own work and take on varied, sometimes complex tasks.",
            "They plan their own work and take on varied, sometimes complex tasks.",
        ],
    ),
    (
        "Enable",
        [
            "You work on your own on complex tasks and enable others to do theirs.",
            "They work on their own on complex tasks and enable others to do theirs.",
        ],
    ),
    (
        "Ensure, advise",
        [
            "You answer for results in an area and advise others on it.",
            "They answer for results in an area and advise others on it.",
        ],
    ),
    (
        "Initiate, influence",
        [
            "You shape direction across an organisation and start major changes.",
            "They shape direction across an organisation and start major changes.",
        ],
    ),
    (
        "Set strategy, inspire, mobilise",
        [
            "You set the strategy and mobilise the organisation behind it.",
            "They set the strategy and mobilise the organisation behind it.",
        ],
    ),
];

impl OrgScaleSpec {
    #[must_use]
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// The scale's name, e.g. "DDaT".
    #[must_use]
    pub fn name(&self) -> &str {
        match self {
            Self::Preset(PresetScale::Ddat) => "DDaT",
            Self::Preset(PresetScale::Sfia) => "SFIA",
            Self::Custom(custom) => &custom.name,
        }
    }

    /// Number of levels; ratings run from 0 (not yet) to this.
    #[must_use]
    pub fn top(&self) -> u8 {
        let len = match self {
            Self::Preset(PresetScale::Ddat) => DDAT.len(),
            Self::Preset(PresetScale::Sfia) => SFIA.len(),
            Self::Custom(custom) => custom.levels.len(),
        };
        u8::try_from(len).unwrap_or(u8::MAX)
    }

    /// Name and meaning of level `n` (1-based); `None` when off the scale.
    /// The meaning speaks to the person rating themselves ("You know…").
    #[must_use]
    pub fn level(&self, n: u8) -> Option<(&str, &str)> {
        self.level_in(n, Voice::You)
    }

    /// Name and meaning of level `n` (1-based), the meaning in `voice`; a
    /// custom scale's meaning is as its profile wrote it, whoever rates.
    #[must_use]
    pub fn level_in(&self, n: u8, voice: Voice) -> Option<(&str, &str)> {
        let index = usize::from(n).checked_sub(1)?;
        let preset = |table: &[(&'static str, [&'static str; 2])]| {
            table
                .get(index)
                .map(|(name, meanings)| (*name, meanings[voice as usize]))
        };
        match self {
            Self::Preset(PresetScale::Ddat) => preset(&DDAT),
            Self::Preset(PresetScale::Sfia) => preset(&SFIA),
            Self::Custom(custom) => custom
                .levels
                .get(index)
                .map(|level| (level.name.as_str(), level.meaning.as_str())),
        }
    }

    /// "3 – Practitioner", as the published profiles write a level.
    #[must_use]
    pub fn level_label(&self, n: u8) -> String {
        match self.level(n) {
            Some((name, _)) => format!("{n} – {name}"),
            None => n.to_string(),
        }
    }
}

#[cfg(test)]
#[path = "scale_tests.rs"]
mod tests;
