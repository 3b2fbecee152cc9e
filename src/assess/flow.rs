//! The self-assessment as pure logic: one screen per rated item, in profile
//! order, with back and skip; the answer saved after every change (answers
//! from a file: once, at the end). All
//! input comes through a [`Prompter`], so tests drive the real flow with a
//! script and the terminal is one implementation among others.

use std::collections::HashMap;

use crate::assessment::write::WriteError;
use crate::assessment::{Assessment, Level, Rating, Status};
use crate::profile::{ItemScale, Profile, RatedItem, Section};

/// The person stopped the assessment (Ctrl-C or Esc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interrupt;

/// One level the person can choose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelOption {
    pub step: u8,
    pub label: String,
    pub meaning: String,
}

/// What one screen shows.
#[derive(Debug, Clone)]
pub struct Screen<'p> {
    /// 1-based position and the number of items.
    pub position: usize,
    pub total: usize,
    pub item: RatedItem<'p>,
    /// "Knowledge and skills · Technical", or "Organisation skills · DDaT".
    pub heading: String,
    /// The required level, unless blind or the profile sets none.
    pub required: Option<String>,
    pub levels: Vec<LevelOption>,
    /// The current answer, pre-selected (going back, resuming).
    pub current: Option<u8>,
    pub evidence: Option<String>,
    /// Whether there is an item to go back to.
    pub can_go_back: bool,
}

/// What the person did on a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Level(u8),
    Skip,
    Back,
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

    /// When the flow saves: after each answer, since a person may stop at
    /// any moment; a prompter that answers from a file says `AtTheEnd`, as
    /// rewriting the whole file per answer is quadratic in the items.
    fn saving(&self) -> Saving {
        Saving::EachAnswer
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
    /// Every item was presented; the assessment is saved as complete.
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

/// The levels of a scale, from "not yet" to the top.
#[must_use]
pub fn levels(scale: ItemScale<'_>) -> Vec<LevelOption> {
    (0..=scale.top())
        .map(|step| LevelOption {
            step,
            label: scale.label(step),
            meaning: scale.meaning(step),
        })
        .collect()
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

fn step_of(level: Level) -> u8 {
    match level {
        Level::Depth(depth) => depth.step(),
        Level::Number(n) => n,
    }
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

/// Runs the assessment from item `start`, saving after every answer (or
/// only at the end, when the prompter says so).
///
/// # Errors
/// A save failed; the message says where and why.
pub fn run(
    profile: &Profile,
    mut assessment: Assessment,
    start: usize,
    blind: bool,
    prompter: &mut dyn Prompter,
    save: &mut dyn FnMut(&Assessment) -> Result<(), WriteError>,
) -> Result<Outcome, FlowError> {
    let items = profile.rated_items();
    let total = items.len();
    let mut order = ProfileOrder::new(&items);
    let mut index = start.min(total);
    while index < total {
        let item = items[index];
        let rating = assessment.ratings.get(item.id);
        let screen = Screen {
            position: index + 1,
            total,
            item,
            heading: heading(&item),
            required: if blind {
                None
            } else {
                item.required.map(|step| item.scale.label(step))
            },
            levels: levels(item.scale),
            current: rating.map(|r| step_of(r.level)),
            evidence: rating.and_then(|r| r.evidence.clone()),
            can_go_back: index > 0,
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
                index += 1;
            }
            Choice::Skip => index += 1,
            Choice::Back => index = index.saturating_sub(1),
        }
    }
    assessment.status = Status::Complete;
    save(&assessment)?;
    Ok(Outcome::Completed(assessment))
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
mod tests {
    use std::collections::VecDeque;

    use super::*;
    use crate::gap::tests::{assessment, profile};
    use crate::profile::Depth;

    /// Answers from a script; runs out as an interrupt.
    struct Scripted {
        choices: VecDeque<Choice>,
        notes: VecDeque<Option<String>>,
        seen: Vec<(usize, Option<u8>, Option<String>)>,
    }

    impl Scripted {
        fn new(choices: &[Choice]) -> Self {
            Self {
                choices: choices.iter().copied().collect(),
                notes: VecDeque::new(),
                seen: Vec::new(),
            }
        }
    }

    impl Prompter for Scripted {
        fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
            self.seen
                .push((screen.position, screen.current, screen.required.clone()));
            self.choices.pop_front().ok_or(Interrupt)
        }

        fn evidence(&mut self, _: &Screen<'_>) -> Result<Option<String>, Interrupt> {
            Ok(self.notes.pop_front().flatten())
        }
    }

    fn empty() -> Assessment {
        let mut a = assessment(&[]);
        a.status = Status::InProgress;
        a
    }

    fn run_script(script: &mut Scripted, start: usize, blind: bool) -> (Outcome, usize) {
        let mut saves = 0;
        let outcome = run(&profile(), empty(), start, blind, script, &mut |_| {
            saves += 1;
            Ok(())
        })
        .unwrap();
        (outcome, saves)
    }

    #[test]
    fn a_full_run_rates_every_item_in_order_and_completes() {
        // Items: testing, listening, planning (depth), design, support (DDaT).
        let mut script = Scripted::new(&[
            Choice::Level(2),
            Choice::Level(4),
            Choice::Level(1),
            Choice::Level(3),
            Choice::Level(2),
        ]);
        script.notes = [Some("wrote the test suite".to_owned()), None].into();
        let (outcome, saves) = run_script(&mut script, 0, false);
        let Outcome::Completed(done) = outcome else {
            panic!("not completed")
        };
        assert_eq!(done.status, Status::Complete);
        assert_eq!(saves, 6, "after each answer, then once as complete");
        assert_eq!(done.ratings["testing"].level, Level::Depth(Depth::Familiar));
        assert_eq!(
            done.ratings["testing"].evidence.as_deref(),
            Some("wrote the test suite")
        );
        assert_eq!(done.ratings["design"].level, Level::Number(3));
        let order: Vec<&str> = done.ratings.keys().map(String::as_str).collect();
        assert_eq!(
            order,
            ["testing", "listening", "planning", "design", "support"]
        );
        assert_eq!(script.seen[0].2.as_deref(), Some("Proficient in"));
        assert_eq!(script.seen[1].2, None, "no requirement: none shown");
    }

    #[test]
    fn back_returns_to_the_previous_item_with_its_answer_preselected() {
        let mut script = Scripted::new(&[
            Choice::Level(2),
            Choice::Back,
            Choice::Level(3),
            Choice::Skip,
        ]);
        let (outcome, _) = run_script(&mut script, 0, false);
        let Outcome::Interrupted(partial) = outcome else {
            panic!("expected interrupt")
        };
        assert_eq!(script.seen[1].0, 2);
        assert_eq!(
            script.seen[2],
            (1, Some(2), Some("Proficient in".to_owned()))
        );
        assert_eq!(
            partial.ratings["testing"].level,
            Level::Depth(Depth::Proficient)
        );
        assert_eq!(partial.status, Status::InProgress);
    }

    #[test]
    fn skipped_items_stay_unrated_and_resume_starts_at_the_first_of_them() {
        let mut script = Scripted::new(&[Choice::Level(1), Choice::Skip, Choice::Level(1)]);
        let (outcome, saves) = run_script(&mut script, 0, false);
        let Outcome::Interrupted(partial) = outcome else {
            panic!("expected interrupt")
        };
        assert_eq!(saves, 2);
        assert!(!partial.ratings.contains_key("listening"));
        assert_eq!(first_unrated(&profile(), &partial), 1);

        let mut rest = Scripted::new(&[
            Choice::Level(3),
            Choice::Skip,
            Choice::Level(3),
            Choice::Level(3),
        ]);
        let outcome = run(&profile(), partial, 1, false, &mut rest, &mut |_| Ok(())).unwrap();
        let Outcome::Completed(done) = outcome else {
            panic!("not completed")
        };
        assert_eq!(done.ratings.len(), 5);
        assert_eq!(rest.seen[0].0, 2, "resumed at the first unrated item");
    }

    #[test]
    fn every_save_keeps_the_ratings_in_profile_order_with_unknown_ids_last() {
        // A resumed file in no order, with ids the profile lacks.
        let mut resumed = assessment(&[
            ("support", Level::Number(1)),
            ("gone", Level::Number(1)),
            ("planning", Level::Depth(Depth::Aware)),
            ("also-gone", Level::Number(1)),
        ]);
        resumed.status = Status::InProgress;
        let mut script = Scripted::new(&[
            Choice::Skip,
            Choice::Level(1),
            Choice::Level(2),
            Choice::Back,
            Choice::Level(3),
            Choice::Level(2),
            Choice::Back,
            Choice::Back,
            Choice::Back,
            Choice::Back,
            Choice::Level(2),
        ]);
        let mut saved: Vec<Vec<String>> = Vec::new();
        run(&profile(), resumed, 0, false, &mut script, &mut |a| {
            saved.push(a.ratings.keys().cloned().collect());
            Ok(())
        })
        .unwrap();
        let expected = [
            &["listening", "planning", "support", "gone", "also-gone"][..],
            &["listening", "planning", "support", "gone", "also-gone"],
            &["listening", "planning", "support", "gone", "also-gone"],
            &[
                "listening",
                "planning",
                "design",
                "support",
                "gone",
                "also-gone",
            ],
            &[
                "testing",
                "listening",
                "planning",
                "design",
                "support",
                "gone",
                "also-gone",
            ],
        ];
        assert_eq!(saved, expected);
    }

    #[test]
    fn answers_from_a_file_are_saved_once_at_the_end_not_after_each() {
        let ratings = assessment(&[
            ("testing", Level::Depth(Depth::Aware)),
            ("planning", Level::Depth(Depth::Aware)),
            ("design", Level::Number(2)),
        ])
        .ratings;
        let mut answers = crate::assess::answers::Answers::new(ratings);
        let mut saved: Vec<(Status, usize)> = Vec::new();
        let outcome = run(&profile(), empty(), 0, false, &mut answers, &mut |a| {
            saved.push((a.status, a.ratings.len()));
            Ok(())
        })
        .unwrap();
        assert!(matches!(outcome, Outcome::Completed(_)));
        // Rewriting the whole file after each of n answers is n² bytes.
        assert_eq!(saved, [(Status::Complete, 3)]);
    }

    #[test]
    fn an_interrupt_at_the_first_screen_saves_nothing_new() {
        let mut script = Scripted::new(&[]);
        let (outcome, saves) = run_script(&mut script, 0, false);
        assert!(matches!(outcome, Outcome::Interrupted(a) if a.ratings.is_empty()));
        assert_eq!(saves, 0);
    }

    #[test]
    fn blind_mode_hides_the_required_level() {
        let mut script = Scripted::new(&[Choice::Level(1)]);
        let _ = run_script(&mut script, 0, true);
        assert_eq!(script.seen[0].2, None);
    }

    #[test]
    fn a_failed_save_stops_the_flow_with_the_reason() {
        let mut script = Scripted::new(&[Choice::Level(1)]);
        let error = run(&profile(), empty(), 0, false, &mut script, &mut |_| {
            Err(WriteError {
                path: "x.yaml".into(),
                reason: crate::assessment::write::Reason::Io("disk full".into()),
            })
        })
        .unwrap_err();
        assert_eq!(error.to_string(), "cannot save x.yaml: disk full");
    }
}
