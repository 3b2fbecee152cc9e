//! The self-assessment as pure logic: one screen per rated item asked
//! (every item, the unrated ones, or some: [`Asked`]), in profile order,
//! with back and skip; the answer saved after every change (answers
//! from a file: once, at the end). All
//! input comes through a [`Prompter`], so tests drive the real flow with a
//! script and the terminal is one implementation among others.

mod asked;

use std::collections::HashMap;

pub use asked::{Asked, Selection, UnknownItems};

use crate::assessment::{Assessment, Level, Rating, Status};
use crate::output::WriteError;
use crate::profile::{ItemScale, LevelTexts, NoLevelTexts, Profile, RatedItem, Section, Voice};

/// The person stopped the assessment (Ctrl-C or Esc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interrupt;

/// One level the person can choose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelOption {
    pub step: u8,
    pub label: String,
    pub meaning: String,
    /// The required level itself, marked so the person sees which choice
    /// meets the requirement (never when blind).
    pub meets_requirement: bool,
    /// What the level means for this very skill, where the profile (or
    /// the DDaT skill the item links to) says; `None` for "not yet" and
    /// for items whose profile does not say.
    pub at_skill: Option<AtSkill>,
}

/// What a level means for one skill, as the framework describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AtSkill {
    Described(String),
    /// The framework gives no text for this level (the skill's
    /// `source_lacks` names `level_descriptions`).
    NotDescribed,
}

/// Said on the screen of an item with no required level (unless blind).
pub const NOT_COUNTED: &str = "No required level: rated for the conversation, not counted";

/// What one screen shows.
#[derive(Debug, Clone)]
pub struct Screen<'p> {
    /// 1-based position among the items asked, and how many are asked
    /// (every item of the profile, unless only some are).
    pub position: usize,
    pub total: usize,
    pub item: RatedItem<'p>,
    /// "Knowledge and skills · Technical", or "Organisation skills · DDaT".
    pub heading: String,
    /// The required level, unless blind or the profile sets none.
    pub required: Option<String>,
    /// [`NOT_COUNTED`] for an item with no required level, unless blind.
    pub note: Option<&'static str>,
    pub levels: Vec<LevelOption>,
    /// The current answer, pre-selected (going back, resuming).
    pub current: Option<u8>,
    pub evidence: Option<String>,
    /// Whether there is an asked item to go back to.
    pub can_go_back: bool,
    /// Whether the screen offers to write a note before choosing the
    /// level ([`Choice::Note`]): when no note is asked after it.
    pub can_note: bool,
    /// Whom the screen speaks of: the person rating themselves ("Your
    /// level"), or the person a manager or peer assesses ("Their level").
    pub voice: Voice,
}

/// What the person did on a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Level(u8),
    Skip,
    Back,
    /// Write a note first, then choose the level on the same screen.
    Note,
}

/// Where the flow gets its answers.
pub trait Prompter {
    /// Shows an item and asks for a level (or skip, or back).
    ///
    /// # Errors
    /// [`Interrupt`] when the person stops.
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt>;

    /// Asks for an optional evidence note; `None` keeps none.
    ///
    /// # Errors
    /// [`Interrupt`] when the person stops.
    fn evidence(&mut self, screen: &Screen<'_>) -> Result<Option<String>, Interrupt>;

    /// Asks for a note the person chose to write ([`Choice::Note`]);
    /// `None` keeps none. By default, as [`Prompter::evidence`].
    ///
    /// # Errors
    /// [`Interrupt`] when the person stops.
    fn note(&mut self, screen: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        self.evidence(screen)
    }

    /// Every item has been presented and `unrated` required items are
    /// still unrated: whether to mark the assessment complete anyway.
    /// Only the person (or `--complete`) says so; by default it stays in
    /// progress, to be resumed.
    ///
    /// # Errors
    /// [`Interrupt`] when the person stops.
    fn complete_anyway(&mut self, unrated: usize) -> Result<bool, Interrupt> {
        let _ = unrated;
        Ok(false)
    }

    /// When the flow saves: after each answer, since a person may stop at
    /// any moment; a prompter that answers from a file says `AtTheEnd`, as
    /// rewriting the whole file per answer is quadratic in the items.
    fn saving(&self) -> Saving {
        Saving::EachAnswer
    }
}

/// A prompter that never asks for an evidence note after the level
/// (`assess --no-evidence`): one keystroke per item instead of two. The
/// screen offers to write a note first instead ([`Choice::Note`]), for the
/// items that need one. A note the item already has (resuming, going back)
/// is kept as it is.
#[derive(Debug)]
pub struct WithoutEvidence<P>(pub P);

impl<P: Prompter> Prompter for WithoutEvidence<P> {
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
        let mut screen = screen.clone();
        screen.can_note = true;
        self.0.choose(&screen)
    }

    fn evidence(&mut self, screen: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        Ok(screen.evidence.clone())
    }

    fn note(&mut self, screen: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        self.0.note(screen)
    }

    fn complete_anyway(&mut self, unrated: usize) -> Result<bool, Interrupt> {
        self.0.complete_anyway(unrated)
    }

    fn saving(&self) -> Saving {
        self.0.saving()
    }
}

/// When the flow writes the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saving {
    /// After every answer, and at the end.
    EachAnswer,
    /// Once, when every item has been presented.
    AtTheEnd,
}

/// How a run of the flow ended.
#[derive(Debug)]
pub enum Outcome {
    /// Every item was presented; the assessment is saved, `complete`
    /// when every required item is rated or the person said so, otherwise
    /// `in-progress`.
    Completed(Assessment),
    /// Stopped; everything answered so far is saved, in progress.
    Interrupted(Assessment),
}

/// Why the flow could not go on.
#[derive(Debug, thiserror::Error)]
pub enum FlowError {
    #[error(transparent)]
    Save(#[from] WriteError),
}

/// The levels of a scale, from "not yet" to the top, their meanings in
/// `voice`.
#[must_use]
pub fn levels(scale: ItemScale<'_>, required: Option<u8>, voice: Voice) -> Vec<LevelOption> {
    (0..=scale.top())
        .map(|step| LevelOption {
            step,
            label: scale.label(step),
            meaning: scale.meaning(step, voice),
            meets_requirement: required == Some(step),
            at_skill: None,
        })
        .collect()
}

/// The levels of `item` to choose from, each with what it means for the
/// skill when the profile says, or else the DDaT skill it links to does
/// (through `texts`), with a text for every level of the scale.
fn level_options(
    item: &RatedItem<'_>,
    blind: bool,
    voice: Voice,
    texts: &dyn LevelTexts,
) -> Vec<LevelOption> {
    let mut options = levels(item.scale, if blind { None } else { item.required }, voice);
    let top = usize::from(item.scale.top());
    let linked;
    let described: &[String] = if item.level_descriptions.is_empty() {
        linked = item.ddat_id.and_then(|id| texts.level_texts(id));
        linked.as_deref().unwrap_or_default()
    } else {
        item.level_descriptions
    };
    if described.len() == top {
        for (option, text) in options.iter_mut().skip(1).zip(described) {
            option.at_skill = Some(if text.trim().is_empty() {
                AtSkill::NotDescribed
            } else {
                AtSkill::Described(text.clone())
            });
        }
    }
    options
}

fn heading(item: &RatedItem<'_>) -> String {
    match (item.section, item.scale) {
        (Section::OrganisationSkills, ItemScale::Organisation(scale)) => {
            format!("Organisation skills · {} scale", scale.name())
        }
        _ => format!(
            "Knowledge and skills · {}",
            capitalise(item.category.label())
        ),
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn level_at(scale: ItemScale<'_>, step: u8) -> Level {
    match scale {
        ItemScale::Depth => {
            crate::profile::Depth::from_step(step).map_or(Level::Number(step), Level::Depth)
        }
        ItemScale::Organisation(_) => Level::Number(step),
    }
}

/// Index of the first item without a rating (resume starts there).
#[must_use]
pub fn first_unrated(profile: &Profile, assessment: &Assessment) -> usize {
    let items = profile.rated_items();
    items
        .iter()
        .position(|item| !assessment.ratings.contains_key(item.id))
        .unwrap_or(items.len())
}

/// Runs the assessment over every item from item `start`, saving after
/// every answer (or only at the end, when the prompter says so).
///
/// # Errors
/// A save failed; the message says where and why.
pub fn run(
    profile: &Profile,
    assessment: Assessment,
    start: usize,
    blind: bool,
    prompter: &mut dyn Prompter,
    save: &mut dyn FnMut(&Assessment) -> Result<(), WriteError>,
) -> Result<Outcome, FlowError> {
    let asked = Asked::all_from(profile, start);
    let ask = Ask {
        asked: &asked,
        blind,
        texts: &NoLevelTexts,
        required_by: None,
    };
    run_asked(profile, assessment, &ask, prompter, save)
}

/// What to ask, and how.
#[derive(Debug)]
pub struct Ask<'a> {
    /// The items asked.
    pub asked: &'a Asked,
    /// Whether to hide the required levels.
    pub blind: bool,
    /// Where to find what each level means for a skill the profile links
    /// to a DDaT skill but describes no levels of.
    pub texts: &'a dyn LevelTexts,
    /// Of several profiles in one sitting: the level each requires, by
    /// item id, said instead of the one required level.
    pub required_by: Option<&'a indexmap::IndexMap<String, String>>,
}

/// Runs the assessment over the `asked` items only, in profile order:
/// a screen says where it is among them ("2 of 3"), and Back goes to the
/// asked item before. Ends as [`run`] does, whatever was not asked kept.
///
/// # Errors
/// A save failed; the message says where and why.
pub fn run_asked(
    profile: &Profile,
    mut assessment: Assessment,
    ask: &Ask<'_>,
    prompter: &mut dyn Prompter,
    save: &mut dyn FnMut(&Assessment) -> Result<(), WriteError>,
) -> Result<Outcome, FlowError> {
    let Ask {
        asked,
        blind,
        texts,
        required_by,
    } = *ask;
    let items = profile.rated_items();
    let total = asked.len();
    let mut order = ProfileOrder::new(&items);
    // The position among the asked items; `index`, the item's in the profile.
    let mut at = asked.start().min(total);
    // A note written on this screen before its level was chosen.
    let mut noted: Option<(usize, Option<String>)> = None;
    while at < total {
        let index = asked.items()[at];
        let item = items[index];
        let rating = assessment.ratings.get(item.id);
        let evidence = match &noted {
            Some((noted_at, note)) if *noted_at == index => note.clone(),
            _ => rating.and_then(|r| r.evidence.clone()),
        };
        let screen = Screen {
            position: at + 1,
            total,
            item,
            heading: heading(&item),
            required: if blind {
                None
            } else {
                required_by
                    .and_then(|by| by.get(item.id))
                    .cloned()
                    .or_else(|| item.required.map(|step| item.scale.label(step)))
            },
            levels: level_options(&item, blind, assessment.assessor.voice(), texts),
            note: (!blind && item.required.is_none()).then_some(NOT_COUNTED),
            current: rating.map(|r| r.level.step()),
            evidence,
            can_go_back: at > 0,
            can_note: false,
            voice: assessment.assessor.voice(),
        };
        let Ok(choice) = prompter.choose(&screen) else {
            return Ok(Outcome::Interrupted(assessment));
        };
        match choice {
            Choice::Level(step) => {
                let step = step.min(item.scale.top());
                let answer = prompter.evidence(&screen);
                // On an interrupt the chosen level is kept: the person saw it taken.
                let evidence = answer.clone().unwrap_or_else(|_| screen.evidence.clone());
                set(
                    &mut assessment,
                    &mut order,
                    item.id,
                    level_at(item.scale, step),
                    evidence,
                );
                if prompter.saving() == Saving::EachAnswer {
                    save(&assessment)?;
                }
                if answer.is_err() {
                    return Ok(Outcome::Interrupted(assessment));
                }
                at += 1;
            }
            Choice::Skip => at += 1,
            Choice::Back => at = at.saturating_sub(1),
            Choice::Note => match prompter.note(&screen) {
                Ok(note) => noted = Some((index, note)),
                Err(Interrupt) => return Ok(Outcome::Interrupted(assessment)),
            },
        }
    }
    let unrated = unrated_required(profile, &assessment);
    let complete = unrated == 0
        || match prompter.complete_anyway(unrated) {
            Ok(yes) => yes,
            // Every answer is on disk already, as the file had it.
            Err(Interrupt) if prompter.saving() == Saving::EachAnswer => {
                return Ok(Outcome::Interrupted(assessment));
            }
            Err(Interrupt) => false,
        };
    assessment.status = if complete {
        Status::Complete
    } else {
        Status::InProgress
    };
    save(&assessment)?;
    Ok(Outcome::Completed(assessment))
}

/// How many items with a required level have no rating.
#[must_use]
pub fn unrated_required(profile: &Profile, assessment: &Assessment) -> usize {
    profile
        .rated_items()
        .iter()
        .filter(|item| item.required.is_some() && !assessment.ratings.contains_key(item.id))
        .count()
}

/// Where each rated item sits in the profile, to keep the ratings in
/// profile order: the first answer sorts them all, and each later new
/// rating is put straight into its place (no sort per answer).
struct ProfileOrder<'p> {
    positions: HashMap<&'p str, usize>,
    sorted: bool,
}

impl<'p> ProfileOrder<'p> {
    fn new(items: &[RatedItem<'p>]) -> Self {
        let mut positions = HashMap::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            positions.entry(item.id).or_insert(index);
        }
        Self {
            positions,
            sorted: false,
        }
    }

    /// Items the profile lacks go last, in the order they came.
    fn of(&self, key: &str) -> usize {
        self.positions.get(key).copied().unwrap_or(usize::MAX)
    }
}

/// Records a rating, keeping the ratings in profile order.
fn set(
    assessment: &mut Assessment,
    order: &mut ProfileOrder<'_>,
    id: &str,
    level: Level,
    evidence: Option<String>,
) {
    let evidence = evidence.filter(|text| !text.trim().is_empty());
    let rating = Rating { level, evidence };
    let ratings = &mut assessment.ratings;
    if !order.sorted {
        ratings.insert(id.to_owned(), rating);
        ratings.sort_by(|a, _, b, _| order.of(a).cmp(&order.of(b)));
        order.sorted = true;
    } else if let Some(existing) = ratings.get_mut(id) {
        *existing = rating;
    } else {
        // Sorted already, and `id` is an item of the profile: its place
        // is after every rating that comes before it.
        let position = order.of(id);
        let index = ratings.partition_point(|key, _| order.of(key) < position);
        ratings.shift_insert(index, id.to_owned(), rating);
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
#[path = "completion_tests.rs"]
mod completion_tests;

#[cfg(test)]
#[path = "meanings_tests.rs"]
mod meanings_tests;

#[cfg(test)]
mod asked_tests;
