//! The development plan (SPEC §10): actions that *address* the gaps, each
//! within its reach, in priority order, at most so many per cycle, each
//! dated and saying what will show it is done. Pure.
//!
//! - **Reach** ([`reach`]): a course or a qualification takes a skill about
//!   one step, up to half its scale; a development activity up to three
//!   quarters; experience at work to the top. What the profile's
//!   components cannot reach becomes one "experience at work" action per
//!   item, with what the required level means.
//! - **Priority**: the role's core first (organisation skills, and items at
//!   the profile's highest required depth), then larger gaps, then how
//!   many gaps one action serves, then experience before activities before
//!   courses (the 70-20-10 habit), then profile order.
//! - **Registrations** (`RITTech`, FEDIP grades) recognise skills; they are
//!   listed as recognition to aim for, never as a way to build them.
//!
//! Linear in the links between components and gaps, plus the sorts: n·log n
//! (counted by `ops`, checked by a property test).

mod build;
mod cycle;
pub(crate) mod ops;
pub mod reach;

pub(crate) use build::candidates;
pub use build::plan;
pub use cycle::{Cycle, DEFAULT_CYCLE, DEFAULT_MAX_ACTIONS, Period, Unit};

use serde::Serialize;

use crate::assessment::Date;
use crate::gap::LevelValue;

/// The kinds of action: the three kinds of development component, and
/// experience at work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComponentKind {
    Training,
    DevelopmentActivity,
    Qualification,
    Experience,
}

impl ComponentKind {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Training => "training",
            Self::DevelopmentActivity => "PDA",
            Self::Qualification => "qualification",
            Self::Experience => "experience at work",
        }
    }

    /// Experience before activities before courses, when both serve
    /// (70-20-10): the higher, the earlier.
    fn preference(self) -> u8 {
        match self {
            Self::Experience => 3,
            Self::DevelopmentActivity => 2,
            Self::Training => 1,
            Self::Qualification => 0,
        }
    }
}

/// A gap, as the plan names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapRef {
    pub id: String,
    pub title: String,
    /// Steps short.
    pub gap: u8,
}

/// How far one action takes one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Move {
    pub id: String,
    pub title: String,
    pub from: LevelValue,
    pub to: LevelValue,
    pub required: LevelValue,
    /// What the level it takes the item to means for the item: what will
    /// show the action is done (where the profile or the framework says).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_when: Option<String>,
}

impl Move {
    /// Whether it takes the item all the way to the required level.
    #[must_use]
    pub fn meets(&self) -> bool {
        self.to.step >= self.required.step
    }
}

/// One action of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    /// 1 for the first; the later actions go on counting.
    pub rank: usize,
    pub kind: ComponentKind,
    /// The component's id; for experience at work, the item's.
    pub id: String,
    /// The component's title; for experience at work, the item's.
    pub title: String,
    /// Serves the role's core: an organisation skill, or an item at the
    /// profile's highest required depth.
    pub core: bool,
    /// Each item it addresses, and how far it takes it.
    pub moves: Vec<Move>,
    /// For experience at work: the components that take the item part of
    /// the way, and how far each does.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub support: Vec<Support>,
    /// When it is due: the end of this cycle (none for later actions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// Why it is where it is (with `--explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

impl Action {
    /// Steps it takes, over every item it moves (all on one item's scale
    /// each; a sum for ordering, never shown across scales).
    fn steps(&self) -> u32 {
        self.moves
            .iter()
            .map(|m| u32::from(m.to.step - m.from.step))
            .sum()
    }
}

/// A component that helps on the way to what experience at work takes
/// all the way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Support {
    pub id: String,
    pub title: String,
    pub kind: ComponentKind,
    /// How far it takes the item on its own.
    pub to: LevelValue,
}

/// A registration to aim for once the skills it recognises are there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recognition {
    pub id: String,
    pub title: String,
    /// The rated items it recognises, with their gaps (0: met).
    pub recognises: Vec<GapRef>,
}

/// One component as the plan listed it before actions had a reach, kept
/// under `steps` for one release (SPEC §10) for the scripts that read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanStep {
    pub rank: usize,
    pub id: String,
    pub title: String,
    pub kind: ComponentKind,
    /// The gaps it moves, largest first (it listed every gap the
    /// component develops before).
    pub addresses: Vec<GapRef>,
    /// The gaps it moves (the name from before: it addresses them, it
    /// does not close them).
    pub closes: Vec<GapRef>,
    /// Steps it moves them by.
    pub new_steps: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

/// The development plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// This cycle's actions, in priority order.
    pub actions: Vec<Action>,
    /// The rest, for a later cycle, in priority order.
    pub later: Vec<Action>,
    /// When this cycle's actions are due; none when there are none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review_by: Option<Date>,
    /// Registrations to aim for once the skills are there.
    pub recognition: Vec<Recognition>,
    /// Whether any action follows a component's `develops` links, which
    /// are the profile author's judgement, not the source's.
    pub editorial_links: bool,
    /// The component actions as they were listed before (`steps`), kept
    /// for one release.
    pub steps: Vec<PlanStep>,
    /// Gaps that no component of the profile develops, kept for one
    /// release: each is now an "experience at work" action.
    pub no_route: Vec<GapRef>,
}

#[cfg(test)]
mod tests;
